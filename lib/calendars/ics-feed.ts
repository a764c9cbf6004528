/** A calendar read that failed, in words the consultant can act on. */
export class CalendarReadError extends Error {}

export type FeedAnswer =
  | { kind: "unchanged" }
  | { kind: "read"; text: string; etag: string | null; lastModified: string | null };

/** The most a subscription may send: a busy consultant's several years of events are well under this. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads a calendar subscription (the secret iCal address), asking only for a change since the last read where the
 * server keeps validators (ETag, Last-Modified): a 304 comes back as "unchanged". `webcal://` is read over https.
 */
export async function fetchIcsFeed(
  address: string,
  previous: { etag?: string | null; lastModified?: string | null },
  options: { timeoutMs: number },
): Promise<FeedAnswer> {
  const url = address.replace(/^webcals?:\/\//i, "https://");
  const headers: Record<string, string> = { accept: "text/calendar, */*;q=0.5" };
  if (previous.etag) headers["if-none-match"] = previous.etag;
  if (previous.lastModified) headers["if-modified-since"] = previous.lastModified;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: "follow" });
  } catch (error) {
    throw readError(error, url, options.timeoutMs);
  }
  if (response.status === 304) return { kind: "unchanged" };
  if (!response.ok) {
    await response.body?.cancel();
    throw new CalendarReadError(`the calendar’s address answered ${response.status} ${response.statusText}`.trim() + hint(response.status));
  }
  const text = await readText(response, signal, url, options.timeoutMs);
  return { kind: "read", text, etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
}

async function readText(response: Response, signal: AbortSignal, url: string, timeoutMs: number): Promise<string> {
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > MAX_BYTES) throw new CalendarReadError(`the calendar is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  try {
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      if (signal.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BYTES) {
        await reader.cancel();
        throw new CalendarReadError(`the calendar is larger than ${MAX_BYTES / 1024 / 1024} MB`);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (error) {
    throw readError(error, url, timeoutMs);
  }
}

function readError(error: unknown, url: string, timeoutMs: number): CalendarReadError {
  if (error instanceof CalendarReadError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") return new CalendarReadError(`no answer within ${timeoutMs / 1000} s`);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
  let host = "the calendar’s server";
  try {
    host = new URL(url).host;
  } catch {
    return new CalendarReadError("the calendar’s address is not a web address");
  }
  return new CalendarReadError(`could not reach ${host}${cause ? ` (${cause})` : ""}`);
}

function hint(status: number): string {
  if (status === 401 || status === 403 || status === 404) return " (the secret address may have been reset: copy it again)";
  return "";
}

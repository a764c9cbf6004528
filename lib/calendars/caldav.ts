import { calendarQuery, deleteObject, getBasicAuthHeaders, updateObject } from "tsdav";

/** A CalDAV calendar collection the consultant gave us directly, with the login that may read and write it. */
export interface CalDavAccount {
  calendarUrl: string;
  username: string;
  password: string;
}

/** A CalDAV request that failed, with a message fit to show the consultant. `status` is set when the server answered. */
export class CalDavError extends Error {
  status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = "CalDavError";
    this.status = status;
  }
}

interface RequestOptions {
  timeoutMs: number;
}

/** Every calendar object's iCalendar text with an event overlapping [from, to): a CalDAV time-range REPORT (calendar-query). */
export async function fetchCalDavEvents(
  account: CalDavAccount,
  range: { from: Date; to: Date },
  options: RequestOptions,
): Promise<string[]> {
  return request(account, options, async (fetch) => {
    const responses = await calendarQuery({
      url: collectionUrl(account),
      depth: "1",
      props: { "d:getetag": {}, "c:calendar-data": {} },
      filters: {
        "comp-filter": {
          _attributes: { name: "VCALENDAR" },
          "comp-filter": {
            _attributes: { name: "VEVENT" },
            "time-range": { _attributes: { start: caldavTime(range.from), end: caldavTime(range.to) } },
          },
        },
      },
      headers: getBasicAuthHeaders(account),
      fetch,
    });
    return responses.flatMap((response) => {
      // xml-js gives the text either plainly or, when the server wrapped it in CDATA, as { _cdata }.
      const data: unknown = response.props?.calendarData?._cdata ?? response.props?.calendarData;
      return typeof data === "string" && data.trim() ? [data] : [];
    });
  });
}

/** Creates or replaces the event stored at <calendarUrl><fileName> (fileName e.g. "<bookingId>.ics"). */
export async function putCalDavEvent(
  account: CalDavAccount,
  fileName: string,
  icsText: string,
  options: RequestOptions,
): Promise<void> {
  await request(account, options, async (fetch) => {
    // updateObject is a plain PUT; without an etag it has no If-Match, so it creates or overwrites.
    await updateObject({
      url: objectUrl(account, fileName),
      data: icsText,
      headers: { ...getBasicAuthHeaders(account), "content-type": "text/calendar; charset=utf-8" },
      fetch,
    });
  });
}

/** Removes it; a 404 (already gone) is success. */
export async function deleteCalDavEvent(account: CalDavAccount, fileName: string, options: RequestOptions): Promise<void> {
  await request(
    account,
    options,
    async (fetch) => {
      await deleteObject({ url: objectUrl(account, fileName), headers: getBasicAuthHeaders(account), fetch });
    },
    { allowNotFound: true },
  );
}

function collectionUrl(account: CalDavAccount): string {
  return account.calendarUrl.endsWith("/") ? account.calendarUrl : `${account.calendarUrl}/`;
}

function objectUrl(account: CalDavAccount, fileName: string): string {
  return new URL(encodeURIComponent(fileName), collectionUrl(account)).href;
}

/** 2026-03-04T09:30:00.000Z -> 20260304T093000Z, the UTC form CalDAV's time-range wants. */
function caldavTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

const STATUS_HINTS: Record<number, string> = {
  401: "check the user and password",
  403: "this user may not use this calendar",
  404: "check the calendar address",
};

/**
 * Runs one tsdav call with a fetch that (1) carries a timeout signal and (2) turns any non-2xx answer into a
 * CalDavError carrying the status. tsdav itself does not throw for PUT/DELETE failures (it returns the Response) and
 * reports REPORT failures only as a generic Error whose message embeds the status, so the check lives here.
 */
async function request<T>(
  account: CalDavAccount,
  options: RequestOptions,
  run: (fetch: typeof globalThis.fetch) => Promise<T>,
  { allowNotFound = false } = {},
): Promise<T> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const checkedFetch: typeof globalThis.fetch = async (input, init) => {
    const response = await globalThis.fetch(input, { ...init, signal });
    if (!response.ok && !(allowNotFound && response.status === 404)) {
      await response.body?.cancel().catch(() => {});
      const hint = STATUS_HINTS[response.status];
      const answer = `${response.status} ${response.statusText}`.trim();
      throw new CalDavError(`the calendar server answered ${answer}${hint ? ` (${hint})` : ""}`, response.status);
    }
    return response;
  };
  try {
    return await run(checkedFetch);
  } catch (error) {
    throw toCalDavError(error, account, options, signal);
  }
}

function toCalDavError(
  error: unknown,
  account: CalDavAccount,
  options: RequestOptions,
  signal: AbortSignal,
): CalDavError {
  if (error instanceof CalDavError) return error;
  if (signal.aborted) return new CalDavError(`no answer within ${formatSeconds(options.timeoutMs)}`);
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  const host = safeHost(account.calendarUrl);
  if (cause?.code === "ECONNREFUSED" || cause?.code === "ENOTFOUND" || cause?.code === "EHOSTUNREACH") {
    return new CalDavError(`could not connect to ${host}`);
  }
  if (error instanceof TypeError && error.message === "fetch failed") {
    return new CalDavError(`could not talk to ${host}${cause?.code ? ` (${cause.code})` : ""}`);
  }
  // e.g. tsdav's "Collection query failed: 207 ..." when one entry of a multistatus answer is an error.
  const detail = error instanceof Error ? error.message : String(error);
  return new CalDavError(`the calendar server's answer could not be used: ${detail}`);
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** "host:port", with the scheme's default port written out. */
function safeHost(url: string): string {
  try {
    const { hostname, port, protocol } = new URL(url);
    return `${hostname}:${port || (protocol === "https:" ? 443 : 80)}`;
  } catch {
    return url;
  }
}

import { getStorage } from "../db";
import { readAvailabilityVersion } from "../db/availability-version";
import { isDatabaseUnavailable } from "../db/unavailable";
import { DatabaseTimeoutError, databaseWithin, HEALTH_TIMEOUT_MS } from "./health";

// The booking API's answer while the database is out of reach: 503 with Retry-After, the reason in the server's log,
// never a 500 (which says the request was wrong or the site broken) nor a request left hanging.

export const DATABASE_RETRY_AFTER_SECONDS = 30;

/** Runs `answer`; when it fails because the database is unreachable, answers 503 instead. Other errors go on up. */
export async function unlessDatabaseUnavailable(answer: () => Promise<Response>, log: (message: string) => void = console.error): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    log(`The database is unreachable: ${error instanceof Error ? error.message : String(error)}`);
    return Response.json(
      { error: "Bookings are unavailable for a moment; please try again shortly" },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
    );
  }
}

/**
 * The number every change to what is free raises (`availability_version`), read within `timeoutMs`; undefined when the
 * database does not answer in time or says it is away. Asked before the booking pages render, which cannot set their
 * own status, so a visitor gets a clear 503 rather than an error page while it is away; the kept booking page is
 * chosen by it (see keptBookingPath).
 */
export async function availabilityVersionIfReachable(timeoutMs = HEALTH_TIMEOUT_MS): Promise<number | undefined> {
  try {
    return await databaseWithin(
      getStorage().then(({ db }) => readAvailabilityVersion(db)),
      timeoutMs,
    );
  } catch (error) {
    // No answer in time, or an answer that says the database is away; anything else is a real fault.
    if (error instanceof DatabaseTimeoutError || isDatabaseUnavailable(error)) return undefined;
    throw error;
  }
}

/** The page a visitor gets instead of a booking page while the database is away: plain HTML, no script. */
export function bookingUnavailablePage(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Booking is paused for a moment</title><meta name="robots" content="noindex"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1.25rem;line-height:1.6"><h1>Booking is paused for a moment</h1><p>The booking calendar cannot be reached just now. Nothing you sent before was lost. Please try again in a minute.</p><p><a href="/">Back to the home page</a></p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
  });
}

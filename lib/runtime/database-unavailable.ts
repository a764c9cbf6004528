import { isDatabaseUnavailable } from "../db/unavailable";

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

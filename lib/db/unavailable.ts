// Whether an error means the database cannot be reached or cannot take the request now (a server that is down, a
// network that dropped, a file locked past the busy timeout), as opposed to a mistake in a query or in the data.
// Such a request is worth trying again in a moment: the site answers it 503 with Retry-After, not 500.

/** Node's network errors: refused, reset, timed out, no route, the name not found. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
/** PostgreSQL: connection exceptions (class 08), shutting down or starting up (57P01-57P03), too many connections. */
const POSTGRES_STATES = /^(08...|57P0[123]|53300)$/;
/** What pg says when its pool cannot connect in time or a connection ends under a query. */
const POSTGRES_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;
/** SQLite: the file is locked by another writer past the busy timeout, or cannot be opened. */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN)/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || !(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (NETWORK_CODES.has(code) || POSTGRES_STATES.test(code) || SQLITE_CODES.test(code))) return true;
  if (POSTGRES_MESSAGES.test(error.message)) return true;
  // Node reports a refused connection to a name with several addresses as an AggregateError of each.
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  // A failed first migration wraps the reason ("Database migration … failed").
  return isDatabaseUnavailable(error.cause, depth + 1);
}

/**
 * The page on this site a visitor came from, as a path: from a `from` parameter set by a link, else the Referer
 * when it is this site's own. Anything else is dropped, never stored.
 */
export function bookingSourceFrom(fromParam: string | undefined, referer: string | null, ownHost: string | null): string {
  const path = fromParam ?? refererPath(referer, ownHost);
  if (!path || path.length > 300 || !/^\/(?!\/)[\w\-./~%?=&]*$/.test(path) || path.startsWith("/book")) return "";
  return path;
}

function refererPath(referer: string | null, ownHost: string | null): string | undefined {
  if (!referer || !ownHost) return undefined;
  try {
    const url = new URL(referer);
    return url.host === ownHost ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cookie that carries the page a visitor came from to the booking they make: the booking page is kept and served
 * alike to everyone, so proxy.ts reads the Referer (or `from`) when the page is asked for and the form's action reads
 * it back when the founder books.
 */
export const BOOKING_SOURCE_COOKIE = "booking_from";

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

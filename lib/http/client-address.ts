/**
 * The address a request came from, as the proxy in front of the site saw it: the last entry of X-Forwarded-For,
 * which that proxy appends. Earlier entries are whatever the client chose to send, so a client cannot pick its
 * address by sending the header itself. "unknown" when no proxy reports one.
 */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return (forwarded || headers.get("x-real-ip")?.trim() || "unknown").slice(0, 64);
}

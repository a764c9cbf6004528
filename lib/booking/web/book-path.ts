/** The segment of the kept booking page that stands for "no engagement chosen" (`/book` itself). */
export const ANY_ENGAGEMENT = "any";

/**
 * Where a request for `/book` is answered: the kept page for its engagement (`/book/for/<id>`, or `/book/for/any`),
 * unless the address names a time zone (`?tz=`, a choice made without JavaScript), which is drawn per request by
 * `/book` itself. An engagement the content does not list is left out, as the page would ignore it.
 */
export function keptBookingPath(query: URLSearchParams, engagementIds: readonly string[]): string | undefined {
  if (query.has("tz")) return undefined;
  const engagement = query.get("engagement");
  return `/book/for/${engagement && engagementIds.includes(engagement) ? engagement : ANY_ENGAGEMENT}`;
}

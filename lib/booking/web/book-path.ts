/** The segment of the kept booking page that stands for "no engagement chosen" (`/book` itself). */
export const ANY_ENGAGEMENT = "any";

/**
 * The two copies of each kept booking page. Visitors are sent to one by the parity of `availability_version`, so every
 * change to what is free moves them to the other: a copy still being drawn from the times before the change, and kept
 * a moment after it, lands in the copy nobody is sent to until the next change expires it.
 */
export const KEPT_COPIES = ["a", "b"] as const;
export type KeptCopy = (typeof KEPT_COPIES)[number];

/** The copy of the kept booking page that visitors are sent to while `availability_version` is `version`. */
export function keptCopyFor(version: number): KeptCopy {
  return KEPT_COPIES[Math.abs(version) % 2]!;
}

/**
 * The cookie that holds the copy a visitor's `/book` was drawn from. Its form's action is answered on that copy:
 * answered from the other one, the browser's router would take the answer for another page and draw the form afresh,
 * losing what was typed.
 */
export const KEPT_COPY_COOKIE = "booking_copy";

/** A copy's name as a cookie or the page's address gives it, or undefined for anything else. */
export function keptCopyNamed(value: string | undefined): KeptCopy | undefined {
  return (KEPT_COPIES as readonly (string | undefined)[]).includes(value) ? (value as KeptCopy) : undefined;
}

/**
 * Where a request for `/book` is answered: the kept page for its engagement, in the copy given
 * (`/book/for/<id>/<copy>`, or `/book/for/any/<copy>`), unless the address names a time zone (`?tz=`, a choice made
 * without JavaScript), which is drawn per request by `/book` itself. An engagement the content does not list is left
 * out, as the page would ignore it.
 */
export function keptBookingPath(query: URLSearchParams, engagementIds: readonly string[], copy: KeptCopy): string | undefined {
  if (query.has("tz")) return undefined;
  const engagement = query.get("engagement");
  return `/book/for/${engagement && engagementIds.includes(engagement) ? engagement : ANY_ENGAGEMENT}/${copy}`;
}

import { z } from "zod";
import { isoDate } from "../../content/fields";
import type { Slot } from "../availability";
import { bookingRequestSchema, fieldErrorsFrom, timeZoneName } from "../booking-request";
import { clientAddressOf } from "../../http/client-address";
import { MAX_BODY_BYTES, readBodyWithin } from "../../http/read-body";
import type { BookingContext } from "../context";
import { limitMessages, unavailableMessages } from "./outcome-messages";
import { availableSlotsAnswer, createBooking } from "../service";
import { addDays, startOfDay, wallTimeAt } from "../../time/zoned-time";

const MAX_RANGE_DAYS = 62;
/** How far from today `from` and `to` may lie: well past any booking window, and far from the ends of the calendar. */
const MAX_DAYS_FROM_TODAY = 366;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

const limitFields = {
  email: { email: "already has an upcoming intro call" },
  address: {},
} as const;

const slotJson = (slot: Slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() });

// Made once: zod compiles an object's parser the first time it parses, which cost more than the parse itself when
// the schema was made per request. The consultant's zone stands in for a missing one below.
const availabilityQuery = z.object({ timeZone: timeZoneName("").optional(), from: isoDate.optional(), to: isoDate.optional() });

/**
 * GET /api/availability?from=YYYY-MM-DD&to=YYYY-MM-DD&timeZone=Area/City: free slots, dates read in that zone. The body
 * for a zone and its dates is written once while the free times stand (see availableSlotsAnswer), so a request that
 * asks what another asked this minute, with nothing booked meanwhile, costs a read of the version number.
 */
export async function handleAvailabilityRequest(request: Request, context: BookingContext): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const now = context.now();
  const query = availabilityQuery.safeParse({
    timeZone: params.get("timeZone") ?? undefined,
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
  });
  if (!query.success) return json(400, { error: "The query needs another look", fields: fieldErrorsFrom(query.error) });
  const timeZone = query.data.timeZone ?? context.settings.timeZone;
  const today = wallTimeAt(now, timeZone).date;
  const from = query.data.from ?? today;
  const to = query.data.to ?? addDays(from, context.settings.daysAhead);
  const [earliest, latest] = [addDays(today, -MAX_DAYS_FROM_TODAY), addDays(today, MAX_DAYS_FROM_TODAY)];
  for (const [name, date] of [["from", from], ["to", to]] as const) {
    if (date < earliest || date > latest) {
      return json(400, { error: `\`${name}\` must be within ${MAX_DAYS_FROM_TODAY} days of today`, fields: { [name]: `must be between ${earliest} and ${latest}` } });
    }
  }
  if (to < from) return json(400, { error: "`to` must be on or after `from`", fields: { to: "must be on or after from" } });
  if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000) {
    return json(400, { error: `Ask for at most ${MAX_RANGE_DAYS} days at a time`, fields: { to: `must be within ${MAX_RANGE_DAYS} days of from` } });
  }
  const body = await availableSlotsAnswer(
    await context.storage(),
    context.settings,
    now,
    `api availability ${timeZone} ${from} ${to}`,
    () => [startOfDay(from, timeZone), startOfDay(addDays(to, 1), timeZone)],
    (slots) => JSON.stringify({ timeZone, slots: slots.map(slotJson) }),
  );
  // What Response.json sends, from the body already written.
  return new Response(body, { status: 200, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}

/** POST /api/bookings: books the intro call from a JSON body; see docs in design.md for every status. */
export async function handleBookingRequest(request: Request, context: BookingContext): Promise<Response> {
  const now = context.now();
  const clientAddress = clientAddressOf(request.headers, context.trustedProxyHops);
  const limit = await context.rateLimiter.attempt(clientAddress, now);
  if (!limit.allowed) {
    return json(429, { error: "Too many booking attempts from this address; try again later" }, { "Retry-After": String(limit.retryAfterSeconds) });
  }
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return json(415, { error: "Send the booking as JSON, with Content-Type: application/json" });
  }
  const body = await readBodyWithin(request);
  if (!body.ok) return json(413, { error: `The request body is over ${MAX_BODY_BYTES / 1024} KiB` });
  let data: unknown;
  try {
    data = JSON.parse(body.text);
  } catch (error) {
    return json(400, { error: `The body is not valid JSON: ${error instanceof Error ? error.message : "could not be read"}` });
  }
  const parsed = bookingRequestSchema(context.settings).safeParse(data);
  if (!parsed.success) return json(400, { error: "Some fields need another look", fields: fieldErrorsFrom(parsed.error) });

  const guard = { limits: context.settings.limits, clientAddress };
  const outcome = await createBooking(await context.storage(), context.settings, now, parsed.data, context.mail, guard);
  if (outcome.kind === "unavailable") {
    return json(409, { error: unavailableMessages[outcome.reason], nearest: outcome.nearest.map(slotJson) });
  }
  if (outcome.kind === "limit") return json(409, { error: limitMessages[outcome.which], fields: limitFields[outcome.which] });
  const { id, start, end, status } = outcome.booking;
  return json(201, { booking: { id, start: start.toISOString(), end: end.toISOString(), status } });
}

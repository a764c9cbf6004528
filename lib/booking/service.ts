import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { findLiveBookingTimes, insertBooking, type Booking } from "../db/bookings";
import type { Storage } from "../db/connect";
import type { Database } from "../db/schema";
import { findTimeOffTimes } from "../db/time-off";
import { inWriteTransaction, isUniqueViolation } from "../db/write-transaction";
import type { AvailabilityRules } from "../content/booking-schema";
import { startOfDay, wallTimeAt } from "../time/zoned-time";
import { findCalendarBusyTimes } from "../calendars/busy-copy";
import { computeAvailableSlots, heldByBooking, isSlotOffered, nearestAvailableSlots, type Slot, type TakenTime } from "./availability";
import { hashedClientKey, overLimit, type BookingGuard } from "./booking-caps";
import type { BookingRequest } from "./booking-request";
import { createManageToken } from "./manage-token";
import { cachedBookableSlots, derivedFromSlots } from "./slot-cache";
import { enqueueNewBookingEmails } from "./notifications/booking-mail";
import { enqueueBookingCalendarCopy } from "./notifications/calendar-copy";
import type { MailSettings } from "./notifications/mail-settings";

export interface ConfirmedBooking {
  id: string;
  start: Date;
  end: Date;
  status: string;
  /** The key to the founder's own page: handed to them once, stored only as a hash. */
  manageToken: string;
}

export type BookingOutcome =
  | { kind: "booked"; booking: ConfirmedBooking }
  /**
   * "taken": another booking holds the time; "closed": another booking's buffer, or time off, closed it since the page
   * was loaded; "not-offered": the rules never offered it.
   */
  | { kind: "unavailable"; reason: "taken" | "closed" | "not-offered"; nearest: Slot[] }
  /** "email": the address already has its upcoming calls (the details went to it again); "address": so does the connection. */
  | { kind: "limit"; which: "email" | "address" };

const HOUR = 60 * 60_000;

/**
 * The times that can still close a slot: every live booking that ends within the buffer before now or later (a call
 * that ended ten minutes ago still keeps a 15-minute buffer free), or that began today on the consultant's clock (it
 * counts against the daily cap); the time off blocked from the admin that is not over (the booking being moved
 * is left out, the time off never); and the busy times of the consultant's calendars, from their copies in the
 * database. When a calendar's copy is stale and booking.yaml says to stop offering, the whole window is closed.
 */
export async function findTakenTimes(db: Kysely<Database>, rules: AvailabilityRules, now: Date, exceptBookingId?: string): Promise<TakenTime[]> {
  const today = startOfDay(wallTimeAt(now, rules.timeZone).date, rules.timeZone);
  const since = new Date(Math.min(now.getTime() - rules.bufferMinutes * 60_000, today.getTime()));
  const [bookings, timeOff, calendars] = await Promise.all([
    findLiveBookingTimes(db, since, exceptBookingId),
    findTimeOffTimes(db, now),
    findCalendarBusyTimes(db, rules.calendars, now, since),
  ]);
  const closed = calendars.closed ? [{ start: since, end: new Date(now.getTime() + (rules.daysAhead + 2) * 24 * HOUR) }] : [];
  return [
    ...bookings.map((time) => ({ ...time, kind: "booking" as const })),
    ...timeOff,
    ...[...calendars.busy, ...closed].map((time) => ({ ...time, kind: "calendar" as const })),
  ];
}

/**
 * The free slots between two instants, after the bookings already made (but for one being moved, when given). Without
 * a booking to leave out they are the booking window's (slot-cache.ts) cut to the range: the window offers exactly
 * the slots of any range inside it.
 */
export async function listAvailableSlots(storage: Storage, rules: AvailabilityRules, now: Date, from: Date, to: Date, exceptBookingId?: string): Promise<Slot[]> {
  if (exceptBookingId !== undefined) {
    const taken = await findTakenTimes(storage.db, rules, now, exceptBookingId);
    return computeAvailableSlots(rules, taken, now, from, to);
  }
  return slotsWithin(await bookableSlots(storage, rules, now), from, to);
}

/**
 * An answer made from the free slots between two instants (what listAvailableSlots gives), made once for as long as
 * the booking window's free times stand (slot-cache.ts) and shared by every request for the same `key` meanwhile.
 * `key` must name the range and whatever else `make` reads: the API keys its JSON body by the dates and the zone.
 */
export async function availableSlotsAnswer<T>(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  key: string,
  range: () => [Date, Date],
  make: (slots: Slot[]) => T,
): Promise<T> {
  const window = await bookableSlots(storage, rules, now);
  return derivedFromSlots(window, key, () => make(slotsWithin(window, ...range())));
}

function slotsWithin(slots: readonly Slot[], from: Date, to: Date): Slot[] {
  const [start, end] = [from.getTime(), to.getTime()];
  return slots.filter((slot) => slot.start.getTime() >= start && slot.start.getTime() < end);
}

/** Every free slot from now to the end of the booking window: what the form and the move picker offer. */
export async function listBookableSlots(storage: Storage, rules: AvailabilityRules, now: Date, exceptBookingId?: string): Promise<Slot[]> {
  if (exceptBookingId !== undefined) return listAvailableSlots(storage, rules, now, now, windowEnd(rules, now), exceptBookingId);
  return [...(await bookableSlots(storage, rules, now))];
}

const windowEnd = (rules: AvailabilityRules, now: Date) => new Date(now.getTime() + rules.daysAhead * 24 * HOUR);

function bookableSlots(storage: Storage, rules: AvailabilityRules, now: Date): Promise<readonly Slot[]> {
  return cachedBookableSlots(storage, rules, now, async () => {
    const taken = await findTakenTimes(storage.db, rules, now);
    return computeAvailableSlots(rules, taken, now, now, windowEnd(rules, now));
  });
}

/**
 * Books the intro call, re-checking the time against the rules and the bookings inside one serialised write
 * transaction, and puts its emails in the outbox in the same transaction: a booking and its emails are stored
 * together or not at all. The unique index on live start times is the last word: if it refuses, the time was taken.
 * With a guard, an email address or a connection that already holds its upcoming calls books no more.
 */
export async function createBooking(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  request: BookingRequest,
  mail: MailSettings,
  guard?: BookingGuard,
): Promise<BookingOutcome> {
  const start = request.start;
  if (!isSlotOffered(rules, [], now, start)) return unavailable(storage, rules, now, start, "not-offered");

  const { token, hash } = createManageToken();
  const clientKey = guard ? hashedClientKey(guard.clientAddress) : undefined;
  let outcome: Booking | Exclude<BookingOutcome, { kind: "booked" }> | "taken" | "closed";
  try {
    outcome = await inWriteTransaction(storage, async (db) => {
      if (guard) {
        const refusal = await overLimit(db, guard, clientKey, request.email, mail, now);
        if (refusal) return refusal;
      }
      const taken = await findTakenTimes(db, rules, now);
      const end = new Date(start.getTime() + rules.meetingMinutes * 60_000);
      if (!isSlotOffered(rules, taken, now, start)) return heldByBooking(taken, start, end) ? "taken" : "closed";
      const booking = await insertBooking(db, {
        id: randomUUID(),
        start,
        end,
        name: request.name,
        email: request.email,
        company: request.company,
        teamSize: request.teamSize,
        message: request.message,
        readiness: request.readiness,
        engagement: request.engagement,
        source: request.source,
        timeZone: request.timeZone,
        createdAt: now,
        manageTokenHash: hash,
        ...(clientKey ? { clientKey } : {}),
      });
      await enqueueNewBookingEmails(db, booking, token, mail, now);
      await enqueueBookingCalendarCopy(db, booking, mail, now);
      return booking;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    outcome = "taken";
  }
  if (outcome === "taken" || outcome === "closed") return unavailable(storage, rules, now, start, outcome);
  if ("kind" in outcome) return outcome;
  return {
    kind: "booked",
    booking: { id: outcome.id, start: outcome.start, end: outcome.end, status: outcome.status, manageToken: token },
  };
}

/** The refusal of a time, with the nearest free ones to offer instead. */
export async function unavailable(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  wanted: Date,
  reason: "taken" | "closed" | "not-offered",
): Promise<Extract<BookingOutcome, { kind: "unavailable" }>> {
  const taken = await findTakenTimes(storage.db, rules, now);
  return { kind: "unavailable", reason, nearest: nearestAvailableSlots(rules, taken, now, wanted) };
}

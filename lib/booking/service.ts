import { randomUUID } from "node:crypto";
import { findLiveBookingTimes, insertBooking, type Booking } from "../db/bookings";
import { enqueueNewBookingEmails } from "./notifications/booking-mail";
import type { MailSettings } from "./notifications/mail-settings";
import { createManageToken } from "./manage-token";
import type { Storage } from "../db/connect";
import { inWriteTransaction, isUniqueViolation } from "../db/write-transaction";
import { computeAvailableSlots, isSlotOffered, nearestAvailableSlots, type Slot } from "./availability";
import type { BookingRequest } from "./booking-request";
import type { AvailabilityRules } from "../content/booking-schema";

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
  /** "taken": someone else holds the time (or its buffer); "not-offered": the rules never offered it. */
  | { kind: "unavailable"; reason: "taken" | "not-offered"; nearest: Slot[] };

const HOUR = 60 * 60_000;

/** The free slots between two instants, after the bookings already made (but for one being moved, when given). */
export async function listAvailableSlots(storage: Storage, rules: AvailabilityRules, now: Date, from: Date, to: Date, exceptBookingId?: string): Promise<Slot[]> {
  const taken = await findLiveBookingTimes(storage.db, new Date(now.getTime() - HOUR), exceptBookingId);
  return computeAvailableSlots(rules, taken, now, from, to);
}

/** Every free slot from now to the end of the booking window: what the form and the move picker offer. */
export function listBookableSlots(storage: Storage, rules: AvailabilityRules, now: Date, exceptBookingId?: string): Promise<Slot[]> {
  return listAvailableSlots(storage, rules, now, now, new Date(now.getTime() + rules.daysAhead * 24 * HOUR), exceptBookingId);
}

/**
 * Books the intro call, re-checking the time against the rules and the bookings inside one serialised write
 * transaction, and puts its emails in the outbox in the same transaction: a booking and its emails are stored
 * together or not at all. The unique index on live start times is the last word: if it refuses, the time was taken.
 */
export async function createBooking(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  request: BookingRequest,
  mail: MailSettings,
): Promise<BookingOutcome> {
  const start = request.start;
  if (!isSlotOffered(rules, [], now, start)) return unavailable(storage, rules, now, start, "not-offered");

  const { token, hash } = createManageToken();
  let booked: Booking | undefined;
  try {
    booked = await inWriteTransaction(storage, async (db) => {
      const taken = await findLiveBookingTimes(db, new Date(now.getTime() - HOUR));
      if (!isSlotOffered(rules, taken, now, start)) return undefined;
      const booking = await insertBooking(db, {
        id: randomUUID(),
        start,
        end: new Date(start.getTime() + rules.meetingMinutes * 60_000),
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
      });
      await enqueueNewBookingEmails(db, booking, token, mail, now);
      return booking;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  if (!booked) return unavailable(storage, rules, now, start, "taken");
  return {
    kind: "booked",
    booking: { id: booked.id, start: booked.start, end: booked.end, status: booked.status, manageToken: token },
  };
}

/** The refusal of a time, with the nearest free ones to offer instead. */
export async function unavailable(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  wanted: Date,
  reason: "taken" | "not-offered",
): Promise<Extract<BookingOutcome, { kind: "unavailable" }>> {
  const taken = await findLiveBookingTimes(storage.db, new Date(now.getTime() - HOUR));
  return { kind: "unavailable", reason, nearest: nearestAvailableSlots(rules, taken, now, wanted) };
}

import { findBookingById, findBookingByManageTokenHash, markBookingCancelled, moveBookingTime, type Booking } from "../db/bookings";
import type { Storage } from "../db/connect";
import { inWriteTransaction, isUniqueViolation } from "../db/write-transaction";
import { enqueueCancelledBookingEmails, enqueueMovedBookingEmails } from "./notifications/booking-mail";
import type { MailSettings } from "./notifications/mail-settings";
import { isSlotOffered } from "./availability";
import { hashManageToken, isManageTokenShaped } from "./manage-token";
import { findTakenTimes, unavailable, type BookingOutcome } from "./service";
import type { AvailabilityRules } from "../content/booking-schema";

export type CancelOutcome =
  | { kind: "cancelled"; booking: Booking }
  | { kind: "not-found" }
  | { kind: "already-cancelled" }
  /** The call is over: there is nothing left to cancel. */
  | { kind: "past" };

export interface CancelRequest {
  bookingId: string;
  by: "founder" | "consultant";
  /** The consultant's words to the founder; shown in the founder's email as text. */
  message?: string;
}

/**
 * Cancels a booking, freeing its time, and in the same write transaction withdraws its reminder and puts the
 * cancellation (METHOD:CANCEL, same UID, SEQUENCE raised) for the founder and a note for the consultant in the outbox.
 */
export async function cancelBooking(storage: Storage, mail: MailSettings, now: Date, request: CancelRequest): Promise<CancelOutcome> {
  const message = request.message?.trim() || undefined;
  return inWriteTransaction(storage, async (db): Promise<CancelOutcome> => {
    const booking = await findBookingById(db, request.bookingId);
    if (!booking) return { kind: "not-found" };
    if (booking.status === "cancelled") return { kind: "already-cancelled" };
    if (booking.end.getTime() <= now.getTime()) return { kind: "past" };
    const cancelled = await markBookingCancelled(db, booking.id, request.by, now);
    await enqueueCancelledBookingEmails(db, cancelled, { by: request.by, message }, mail, now);
    return { kind: "cancelled", booking: cancelled };
  });
}

/** The booking a manage token opens, if it is still one the founder can change: live and not yet started. */
export async function findManageableBooking(storage: Storage, token: string, now: Date): Promise<Booking | undefined> {
  if (!isManageTokenShaped(token)) return undefined;
  const booking = await findBookingByManageTokenHash(storage.db, hashManageToken(token));
  if (!booking || booking.status === "cancelled" || booking.start.getTime() <= now.getTime()) return undefined;
  return booking;
}

export type MoveOutcome =
  | { kind: "moved"; booking: Booking }
  /** Unknown token, a cancelled booking or a call that has started: the founder's page says nothing more. */
  | { kind: "gone" }
  | { kind: "unchanged" }
  | Extract<BookingOutcome, { kind: "unavailable" }>;

/**
 * Moves the founder's booking to another free time: one write transaction re-checks the new time against the rules
 * and the other bookings (its own time left out) and updates the same row, so the booking never holds two times and
 * keeps the first until the second is safe. The unique index on live start times is the last word. The change email,
 * the consultant's note and the re-timed reminder are written in the same transaction.
 */
export async function moveBooking(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  request: { token: string; start: Date },
  mail: MailSettings,
): Promise<MoveOutcome> {
  const { token, start } = request;
  if (!isManageTokenShaped(token)) return { kind: "gone" };
  if (!isSlotOffered(rules, [], now, start)) return unavailable(storage, rules, now, start, "not-offered");
  let outcome: MoveOutcome | "taken" | "closed";
  try {
    outcome = await inWriteTransaction(storage, async (db): Promise<MoveOutcome | "taken" | "closed"> => {
      const booking = await findBookingByManageTokenHash(db, hashManageToken(token));
      if (!booking || booking.status === "cancelled" || booking.start.getTime() <= now.getTime()) return { kind: "gone" };
      if (booking.start.getTime() === start.getTime()) return { kind: "unchanged" };
      const taken = await findTakenTimes(db, rules, now, booking.id);
      const end = new Date(start.getTime() + rules.meetingMinutes * 60_000);
      if (!isSlotOffered(rules, taken, now, start)) return taken.some((t) => t.start < end && t.end > start) ? "taken" : "closed";
      const moved = await moveBookingTime(db, booking.id, start, end, now);
      await enqueueMovedBookingEmails(db, moved, booking, token, mail, now);
      return { kind: "moved", booking: moved };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    outcome = "taken";
  }
  return typeof outcome === "string" ? unavailable(storage, rules, now, start, outcome) : outcome;
}

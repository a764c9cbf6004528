import type { Kysely } from "kysely";
import { addManageLink, findBookingById, findBookingByManageTokenHash, markBookingCancelled, moveBookingTime, type Booking } from "../db/bookings";
import type { Storage } from "../db/connect";
import type { Database } from "../db/schema";
import { inWriteTransaction, isUniqueViolation } from "../db/write-transaction";
import { enqueueCancelledBookingEmails, enqueueMovedBookingEmails } from "./notifications/booking-mail";
import { enqueueBookingCalendarCopy } from "./notifications/calendar-copy";
import type { MailSettings } from "./notifications/mail-settings";
import { heldByBooking, isSlotOffered, type Slot } from "./availability";
import { createManageToken, hashManageToken, isManageTokenShaped } from "./manage-token";
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
    await enqueueBookingCalendarCopy(db, cancelled, mail, now);
    return { kind: "cancelled", booking: cancelled };
  });
}

/**
 * What a manage link finds: a booking the founder can still change (live, not yet started), or why not: no booking
 * has this key, it was cancelled, the call is under way, or it is over.
 */
export type ManageLink =
  | { kind: "manageable"; booking: Booking }
  | { kind: "cancelled"; booking: Booking }
  | { kind: "started"; booking: Booking }
  | { kind: "over"; booking: Booking }
  | { kind: "unknown" };

/** Where the booking a link found stands at `now`. */
export function manageLinkState(booking: Booking | undefined, now: Date): ManageLink {
  if (!booking) return { kind: "unknown" };
  if (booking.status === "cancelled") return { kind: "cancelled", booking };
  if (booking.start.getTime() > now.getTime()) return { kind: "manageable", booking };
  if (booking.end.getTime() <= now.getTime() || booking.status === "held" || booking.status === "no_show") return { kind: "over", booking };
  return { kind: "started", booking };
}

/** The booking a manage token opens, and whether the founder can still change it. */
export async function openManageLink(storage: Storage, token: string, now: Date): Promise<ManageLink> {
  if (!isManageTokenShaped(token)) return { kind: "unknown" };
  return manageLinkState(await findBookingByManageTokenHash(storage.db, hashManageToken(token)), now);
}

/** The booking a manage token opens, if it is still one the founder can change: live and not yet started. */
export async function findManageableBooking(storage: Storage, token: string, now: Date): Promise<Booking | undefined> {
  const link = await openManageLink(storage, token, now);
  return link.kind === "manageable" ? link.booking : undefined;
}

/** A move that happened: the booking as it now stands, and the time it had before. */
export type Moved = { kind: "moved"; booking: Booking; previous: Slot };

export type MoveOutcome =
  | Moved
  /** Unknown token, a cancelled booking or a call that has started: the founder's page says what became of it. */
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
  return moveFoundBooking<{ kind: "gone" }>(storage, rules, now, start, mail, {
    open: async (db) => {
      const booking = await findBookingByManageTokenHash(db, hashManageToken(token));
      if (!booking || booking.status === "cancelled" || booking.start.getTime() <= now.getTime()) return { refused: { kind: "gone" } };
      return { booking };
    },
    notify: (db, moved, previous) => enqueueMovedBookingEmails(db, moved, previous, token, mail, now),
  });
}

/** Why the consultant cannot move a booking: there is none, it is cancelled, under way (it keeps its time) or over. */
type ConsultantMoveRefusal = { kind: "not-found" } | { kind: "already-cancelled" } | { kind: "started" } | { kind: "past" };

export type ConsultantMoveOutcome =
  | Moved
  | ConsultantMoveRefusal
  | { kind: "unchanged" }
  | Extract<BookingOutcome, { kind: "unavailable" }>;

/**
 * The consultant moves a call from the admin, by the booking's id: the same transaction and checks as the founder's
 * move. The founder's email says the consultant moved it, carries the consultant's message and a new link to their
 * page (the first is stored only as a hash, and keeps working); the consultant gets a note of it.
 */
export async function moveBookingAsConsultant(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  request: { bookingId: string; start: Date; message?: string },
  mail: MailSettings,
): Promise<ConsultantMoveOutcome> {
  const message = request.message?.trim() || undefined;
  return moveFoundBooking<ConsultantMoveRefusal>(storage, rules, now, request.start, mail, {
    open: async (db) => {
      const booking = await findBookingById(db, request.bookingId);
      if (!booking) return { refused: { kind: "not-found" } };
      if (booking.status === "cancelled") return { refused: { kind: "already-cancelled" } };
      if (booking.end.getTime() <= now.getTime()) return { refused: { kind: "past" } };
      if (booking.start.getTime() <= now.getTime()) return { refused: { kind: "started" } };
      return { booking };
    },
    notify: async (db, moved, previous) => {
      const link = createManageToken();
      await addManageLink(db, moved.id, link.hash, now);
      await enqueueMovedBookingEmails(db, moved, previous, link.token, mail, now, { by: "consultant", ...(message ? { message } : {}) });
    },
  });
}

interface MoveSteps<Refusal> {
  /** Inside the transaction: the booking to move, or why whoever asks cannot move it. */
  open: (db: Kysely<Database>) => Promise<{ booking: Booking } | { refused: Refusal }>;
  /** The emails of the move, written in its transaction. */
  notify: (db: Kysely<Database>, moved: Booking, previous: Booking) => Promise<void>;
}

type UnavailableOutcome = Extract<BookingOutcome, { kind: "unavailable" }>;

/**
 * The move itself, whoever asks: the time must be one the rules offer; then one write transaction finds the booking,
 * or the caller's reason to refuse, re-checks the time against the rules and every other booking, time off and calendar
 * (its own time left out), moves the row, writes the emails and queues the calendar copy. A refusal by the unique
 * index on live start times means another booking took the time first.
 */
async function moveFoundBooking<Refusal>(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  start: Date,
  mail: MailSettings,
  steps: MoveSteps<Refusal>,
): Promise<Moved | { kind: "unchanged" } | Refusal | UnavailableOutcome> {
  type Done = Moved | { kind: "unchanged" } | { kind: "refused"; refusal: Refusal };
  if (!isSlotOffered(rules, [], now, start)) return unavailable(storage, rules, now, start, "not-offered");
  let outcome: Done | "taken" | "closed";
  try {
    outcome = await inWriteTransaction(storage, async (db): Promise<Done | "taken" | "closed"> => {
      const opened = await steps.open(db);
      if ("refused" in opened) return { kind: "refused", refusal: opened.refused };
      const { booking } = opened;
      if (booking.start.getTime() === start.getTime()) return { kind: "unchanged" };
      const taken = await findTakenTimes(db, rules, now, booking.id);
      const end = new Date(start.getTime() + rules.meetingMinutes * 60_000);
      if (!isSlotOffered(rules, taken, now, start)) return heldByBooking(taken, start, end) ? "taken" : "closed";
      const moved = await moveBookingTime(db, booking.id, start, end, now);
      await steps.notify(db, moved, booking);
      await enqueueBookingCalendarCopy(db, moved, mail, now);
      return { kind: "moved", booking: moved, previous: { start: booking.start, end: booking.end } };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    outcome = "taken";
  }
  if (typeof outcome === "string") return unavailable(storage, rules, now, start, outcome);
  return outcome.kind === "refused" ? outcome.refusal : outcome;
}

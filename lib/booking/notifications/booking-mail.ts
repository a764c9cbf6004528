import type { Kysely } from "kysely";
import type { Booking } from "../../db/bookings";
import type { Database } from "../../db/schema";
import type { ComposedEmail } from "../../email/compose-email";
import { cancelPendingEmails, enqueueEmail, hasEmailSince, type NewEmail } from "../../email/outbox";
import type { Slot } from "../availability";
import { bookingInvite } from "../booking-invite";
import { MANAGE_LINK_REDACTION, manageUrl } from "../manage-token";
import { consultantCancelled, consultantMoved, consultantNewBooking } from "./consultant-emails";
import { founderAlreadyBooked, founderCancelled, founderConfirmation, founderMoved, founderReminder, type Cancellation, type Move } from "./founder-emails";
import type { MailSettings } from "./mail-settings";

const HOUR = 60 * 60_000;
export const REMINDER_LEAD_MS = 24 * HOUR;
// A reminder that would arrive within hours of the confirmation only repeats it: booked less than a day and a half
// ahead, the confirmation is the reminder.
const REMINDER_MIN_GAP_MS = 12 * HOUR;

/** What each of a booking's emails is; the admin shows it, and a booking's reminder is found by it. */
export type BookingEmailKind =
  | "founder-confirmation"
  | "founder-reminder"
  | "founder-already-booked"
  | "founder-moved"
  | "founder-cancelled"
  | "consultant-new-booking"
  | "consultant-moved"
  | "consultant-cancelled";

const TOPIC_PREFIX = "booking:";

/** The outbox topic that groups one booking's emails. */
export const bookingTopic = (bookingId: string) => `${TOPIC_PREFIX}${bookingId}`;

/** The booking an outbox topic is about, if it is a booking's. */
export const bookingIdOfTopic = (topic: string | null) => (topic?.startsWith(TOPIC_PREFIX) ? topic.slice(TOPIC_PREFIX.length) : undefined);

/** When the reminder for a call starting at `start` goes out, or undefined when the call is too close for one. */
export function reminderTime(start: Date, now: Date): Date | undefined {
  const at = new Date(start.getTime() - REMINDER_LEAD_MS);
  return at.getTime() - now.getTime() >= REMINDER_MIN_GAP_MS ? at : undefined;
}

interface BookingEmail {
  kind: BookingEmailKind;
  to: "founder" | "consultant";
  content: ComposedEmail;
  ics?: string;
  sendAfter?: Date;
  sendBefore?: NewEmail["sendBefore"];
}

/**
 * Queues one of the booking's emails. Every one is redacted once sent and in the admin's view: the founder's carry
 * the manage link (in the invite's description too), and anything a founder typed into the consultant's (a "came
 * from" path) could carry one too.
 */
function enqueueBookingEmail(db: Kysely<Database>, booking: Booking, email: BookingEmail, mail: MailSettings, now: Date) {
  const toFounder = email.to === "founder";
  return enqueueEmail(
    db,
    {
      kind: email.kind,
      topic: bookingTopic(booking.id),
      recipient: toFounder ? booking.email : mail.consultantAddress,
      ...email.content,
      ...(email.ics ? { ics: email.ics } : {}),
      sendAfter: email.sendAfter ?? now,
      ...(email.sendBefore ? { sendBefore: email.sendBefore } : {}),
      redact: MANAGE_LINK_REDACTION,
    },
    now,
  );
}

// Mail that was down for a day must not remind a founder of a call that is over.
async function enqueueReminder(db: Kysely<Database>, booking: Booking, token: string, mail: MailSettings, now: Date): Promise<void> {
  const at = reminderTime(booking.start, now);
  if (!at) return;
  const content = founderReminder(booking, mail, manageUrl(mail.site.url, token));
  const sendBefore = { at: booking.start, note: "not sent: the call had already started" };
  await enqueueBookingEmail(db, booking, { kind: "founder-reminder", to: "founder", content, sendAfter: at, sendBefore }, mail, now);
}

/**
 * A new booking's emails: the founder's confirmation with the invite, the consultant's notification with the same
 * invite, the reminder. The consultant's copy is built without the founder's manage link: that key is theirs alone.
 */
export async function enqueueNewBookingEmails(db: Kysely<Database>, booking: Booking, token: string, mail: MailSettings, now: Date): Promise<void> {
  const link = manageUrl(mail.site.url, token);
  const confirmation = founderConfirmation(booking, mail, link);
  const ics = bookingInvite(booking, mail, "REQUEST", now, { manageUrl: link });
  await enqueueBookingEmail(db, booking, { kind: "founder-confirmation", to: "founder", content: confirmation, ics }, mail, now);
  const consultantIcs = bookingInvite(booking, mail, "REQUEST", now);
  await enqueueBookingEmail(db, booking, { kind: "consultant-new-booking", to: "consultant", content: consultantNewBooking(booking, mail), ics: consultantIcs }, mail, now);
  await enqueueReminder(db, booking, token, mail, now);
}

/**
 * The existing call's details and a fresh link to its page, to the address that asked to book again: at most one an
 * hour for a booking, so the form cannot be used to flood someone's inbox.
 */
export async function enqueueAlreadyBookedEmail(db: Kysely<Database>, booking: Booking, newToken: () => Promise<string>, mail: MailSettings, now: Date): Promise<boolean> {
  const which = { topic: bookingTopic(booking.id), kind: "founder-already-booked" };
  if (await hasEmailSince(db, which, new Date(now.getTime() - HOUR))) return false;
  const content = founderAlreadyBooked(booking, mail, manageUrl(mail.site.url, await newToken()));
  await enqueueBookingEmail(db, booking, { kind: "founder-already-booked", to: "founder", content }, mail, now);
  return true;
}

/**
 * A move, by the founder or (saying so, with their message) by the consultant: the updated invite to the founder, a
 * note to the consultant, and the reminder re-timed. `token` opens the booking's page from the founder's emails.
 */
export async function enqueueMovedBookingEmails(
  db: Kysely<Database>,
  booking: Booking,
  previous: Slot,
  token: string,
  mail: MailSettings,
  now: Date,
  move: Move = { by: "founder" },
): Promise<void> {
  const link = manageUrl(mail.site.url, token);
  const moved = founderMoved(booking, previous, mail, link, move);
  const ics = bookingInvite(booking, mail, "REQUEST", now, { manageUrl: link });
  await enqueueBookingEmail(db, booking, { kind: "founder-moved", to: "founder", content: moved, ics }, mail, now);
  await enqueueBookingEmail(db, booking, { kind: "consultant-moved", to: "consultant", content: consultantMoved(booking, previous, mail, move) }, mail, now);
  await cancelPendingEmails(db, { topic: bookingTopic(booking.id), kind: "founder-reminder" }, now);
  await enqueueReminder(db, booking, token, mail, now);
}

/** A cancellation: the CANCEL to the founder, a note to the consultant, and no reminder. */
export async function enqueueCancelledBookingEmails(db: Kysely<Database>, booking: Booking, cancellation: Cancellation, mail: MailSettings, now: Date): Promise<void> {
  await cancelPendingEmails(db, { topic: bookingTopic(booking.id), kind: "founder-reminder" }, now);
  const ics = bookingInvite(booking, mail, "CANCEL", now);
  await enqueueBookingEmail(db, booking, { kind: "founder-cancelled", to: "founder", content: founderCancelled(booking, mail, cancellation), ics }, mail, now);
  await enqueueBookingEmail(db, booking, { kind: "consultant-cancelled", to: "consultant", content: consultantCancelled(booking, mail, cancellation) }, mail, now);
}

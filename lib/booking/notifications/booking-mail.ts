import type { Kysely } from "kysely";
import { bookingInvite } from "../booking-invite";
import { manageUrl } from "../manage-token";
import type { BookingRow } from "../../db/bookings";
import type { Database } from "../../db/schema";
import { consultantCancelled, consultantMoved, consultantNewBooking } from "./consultant-emails";
import { founderCancelled, founderConfirmation, founderMoved, founderReminder, type Cancellation } from "./founder-emails";
import type { MailSettings } from "./mail-settings";
import { cancelPendingEmails, enqueueEmail } from "../../email/outbox";

const HOUR = 60 * 60_000;
export const REMINDER_LEAD_MS = 24 * HOUR;
// A reminder that would arrive within hours of the confirmation only repeats it: booked less than a day and a half
// ahead, the confirmation is the reminder.
const REMINDER_MIN_GAP_MS = 12 * HOUR;

/** When the reminder for a call starting at `start` goes out, or undefined when the call is too close for one. */
export function reminderTime(start: Date, now: Date): Date | undefined {
  const at = new Date(start.getTime() - REMINDER_LEAD_MS);
  return at.getTime() - now.getTime() >= REMINDER_MIN_GAP_MS ? at : undefined;
}

async function enqueueReminder(db: Kysely<Database>, booking: BookingRow, token: string, mail: MailSettings, now: Date): Promise<void> {
  const at = reminderTime(new Date(booking.start_at), now);
  if (!at) return;
  const reminder = founderReminder(booking, mail, manageUrl(mail.site.url, token));
  await enqueueEmail(db, { bookingId: booking.id, kind: "founder-reminder", recipient: booking.email, ...reminder, sendAfter: at }, now);
}

/** A new booking's emails: the founder's confirmation with the invite, the consultant's notification, the reminder. */
export async function enqueueNewBookingEmails(db: Kysely<Database>, booking: BookingRow, token: string, mail: MailSettings, now: Date): Promise<void> {
  const confirmation = founderConfirmation(booking, mail, manageUrl(mail.site.url, token));
  await enqueueEmail(
    db,
    { bookingId: booking.id, kind: "founder-confirmation", recipient: booking.email, ...confirmation, ics: bookingInvite(booking, mail, "REQUEST", now), sendAfter: now },
    now,
  );
  const notification = consultantNewBooking(booking, mail);
  await enqueueEmail(db, { bookingId: booking.id, kind: "consultant-new-booking", recipient: mail.consultantAddress, ...notification, sendAfter: now }, now);
  await enqueueReminder(db, booking, token, mail, now);
}

/** A move: the updated invite to the founder, a note to the consultant, and the reminder re-timed. */
export async function enqueueMovedBookingEmails(
  db: Kysely<Database>,
  booking: BookingRow,
  previous: Pick<BookingRow, "start_at" | "end_at">,
  token: string,
  mail: MailSettings,
  now: Date,
): Promise<void> {
  const moved = founderMoved(booking, previous, mail, manageUrl(mail.site.url, token));
  await enqueueEmail(
    db,
    { bookingId: booking.id, kind: "founder-moved", recipient: booking.email, ...moved, ics: bookingInvite(booking, mail, "REQUEST", now), sendAfter: now },
    now,
  );
  const note = consultantMoved(booking, previous, mail);
  await enqueueEmail(db, { bookingId: booking.id, kind: "consultant-moved", recipient: mail.consultantAddress, ...note, sendAfter: now }, now);
  await cancelPendingEmails(db, booking.id, "founder-reminder", now);
  await enqueueReminder(db, booking, token, mail, now);
}

/** A cancellation: the CANCEL to the founder, a note to the consultant, and no reminder. */
export async function enqueueCancelledBookingEmails(db: Kysely<Database>, booking: BookingRow, cancellation: Cancellation, mail: MailSettings, now: Date): Promise<void> {
  await cancelPendingEmails(db, booking.id, "founder-reminder", now);
  const cancelled = founderCancelled(booking, mail, cancellation);
  await enqueueEmail(
    db,
    { bookingId: booking.id, kind: "founder-cancelled", recipient: booking.email, ...cancelled, ics: bookingInvite(booking, mail, "CANCEL", now), sendAfter: now },
    now,
  );
  const note = consultantCancelled(booking, mail, cancellation);
  await enqueueEmail(db, { bookingId: booking.id, kind: "consultant-cancelled", recipient: mail.consultantAddress, ...note, sendAfter: now }, now);
}

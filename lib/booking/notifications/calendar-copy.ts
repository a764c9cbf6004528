import type { Kysely } from "kysely";
import { enqueueCalendarWrite } from "../../db/calendar-writes";
import type { Booking } from "../../db/bookings";
import type { Database } from "../../db/schema";
import { bookingTopic } from "./booking-mail";
import type { MailSettings } from "./mail-settings";

/**
 * Queues the booking's copy in the consultant's own calendar (the CalDAV calendar marked writeBookings), inside the
 * change's transaction: booked, moved or cancelled, the calendar follows, written by the background writer.
 */
export async function enqueueBookingCalendarCopy(db: Kysely<Database>, booking: Booking, mail: MailSettings, now: Date): Promise<void> {
  if (!mail.bookingCalendar) return;
  await enqueueCalendarWrite(db, { calendarId: mail.bookingCalendar, item: bookingTopic(booking.id), version: booking.sequence }, now);
}

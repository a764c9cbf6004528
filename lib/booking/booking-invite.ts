import type { Booking } from "../db/bookings";
import type { MailSettings } from "./notifications/mail-settings";
import { buildIcs, type CalendarMethod } from "./ics";

/** The booking's one identity in every calendar: the same for the invite, each change and the cancellation. */
export function bookingUid(bookingId: string, siteUrl: string): string {
  return `${bookingId}@${new URL(siteUrl).host}`;
}

/**
 * The calendar file for a booking as it stands: REQUEST with the confirmation and each move, CANCEL when it is
 * cancelled, PUBLISH for the download on the booking's page. SEQUENCE is the booking's change counter.
 */
export function bookingInvite(booking: Booking, mail: MailSettings, method: CalendarMethod, now: Date): string {
  return buildIcs(
    {
      uid: bookingUid(booking.id, mail.site.url),
      start: booking.start,
      end: booking.end,
      title: `Intro call with ${mail.site.name} (${mail.site.role})`,
      description: `A free 30-minute intro on video.\nJoin: ${mail.meetingLink}`,
      url: mail.meetingLink,
      createdAt: now,
      sequence: booking.sequence,
      status: booking.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
      organizer: { name: mail.site.name, email: mail.consultantAddress },
      attendee: { name: booking.name, email: booking.email },
    },
    method,
  );
}

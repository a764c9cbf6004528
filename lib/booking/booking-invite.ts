import type { Booking } from "../db/bookings";
import type { Slot } from "./availability";
import { calendarLinks, type CalendarLinks } from "./calendar-links";
import type { MailSettings } from "./notifications/mail-settings";
import { buildIcs, type CalendarMethod } from "./ics";

/** The booking's one identity in every calendar: the same for the invite, each change and the cancellation. */
export function bookingUid(bookingId: string, siteUrl: string): string {
  return `${bookingId}@${new URL(siteUrl).host}`;
}

/** How long before the call the founder's calendar reminds them of it. */
export const REMINDER_ALARM_MINUTES = 30;

type InviteSite = Pick<MailSettings, "site" | "meetingLink">;

/** The call as the founder's calendar shows it, from the .ics file or a web calendar's link: title, description, place. */
export function founderEventText(mail: InviteSite): { title: string; description: string; location: string } {
  return {
    title: `Intro call with ${mail.site.name} (${mail.site.role})`,
    description: `A free 30-minute intro on video.\nJoin: ${mail.meetingLink}`,
    location: mail.meetingLink,
  };
}

export interface InviteOptions {
  /**
   * The founder's own page (with its key), written into the description as "Move or cancel: …". Only for the
   * founder's copies: the confirmation, each move and the page's download; never the cancellation (the page no
   * longer opens) nor anything the consultant's calendars get.
   */
  manageUrl?: string;
}

/**
 * The founder's calendar file for a booking as it stands: REQUEST with the confirmation and each move, CANCEL when it
 * is cancelled, PUBLISH for the download on the booking's page. SEQUENCE is the booking's change counter. A live call
 * carries a reminder 30 minutes before it.
 */
export function bookingInvite(booking: Booking, mail: MailSettings, method: CalendarMethod, now: Date, options: InviteOptions = {}): string {
  const text = founderEventText(mail);
  const cancelled = method === "CANCEL" || booking.status === "cancelled";
  return buildIcs(
    {
      uid: bookingUid(booking.id, mail.site.url),
      start: booking.start,
      end: booking.end,
      title: text.title,
      description: options.manageUrl && !cancelled ? `${text.description}\nMove or cancel: ${options.manageUrl}` : text.description,
      url: mail.meetingLink,
      createdAt: now,
      sequence: booking.sequence,
      status: booking.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
      organizer: { name: mail.site.name, email: mail.consultantAddress },
      attendee: { name: booking.name, email: booking.email },
      ...(cancelled ? {} : { alarm: { minutesBefore: REMINDER_ALARM_MINUTES, description: `In ${REMINDER_ALARM_MINUTES} minutes: ${text.title}` } }),
    },
    method,
  );
}

/**
 * "Add to Google Calendar" and "Add to Outlook" for the founder: the same words as the invite, without the manage
 * link (these addresses go to Google and Microsoft).
 */
export function founderCalendarLinks(slot: Slot, mail: InviteSite): CalendarLinks {
  const text = founderEventText(mail);
  return calendarLinks({ title: text.title, start: slot.start, end: slot.end, details: text.description, location: text.location });
}

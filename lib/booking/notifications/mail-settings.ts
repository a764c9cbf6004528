import type { BookingChoice, BookingSettings } from "../../content/booking-schema";

/** What the booking emails are written from: the site, the consultant's clock and addresses, the form's choices. */
export interface MailSettings {
  site: { name: string; role: string; url: string };
  consultantTimeZone: string;
  meetingLink: string;
  nextSteps: readonly string[];
  sender: { name: string; address: string };
  consultantAddress: string;
  readinessSignals: readonly BookingChoice[];
  engagements: readonly BookingChoice[];
  /** The calendar (its id in booking.yaml) every booking is written into, when one has writeBookings: true. */
  bookingCalendar?: string;
}

export function mailSettingsFrom(booking: BookingSettings, site: { name: string; role: string; url: string }): MailSettings {
  return {
    site: { name: site.name, role: site.role, url: site.url },
    consultantTimeZone: booking.timeZone,
    meetingLink: booking.meetingLink,
    nextSteps: booking.form.nextSteps,
    sender: { name: booking.email.senderName, address: booking.email.senderAddress },
    consultantAddress: booking.email.consultantAddress,
    readinessSignals: booking.form.readinessSignals,
    engagements: booking.form.engagements,
    ...bookingCalendarOf(booking),
  };
}

function bookingCalendarOf(booking: BookingSettings): { bookingCalendar?: string } {
  const writer = booking.calendars.sources.find((source) => source.kind === "caldav" && source.writeBookings);
  return writer ? { bookingCalendar: writer.id } : {};
}

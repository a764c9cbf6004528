import type { BookingEmailKind } from "../booking/notifications/booking-mail";
import { lookup } from "../lookup";
import type { NEWSLETTER_KINDS } from "../newsletter/settings";

/** The kind the calendars' alert is queued as (lib/calendars/calendar-alert.ts). */
type CalendarEmailKind = "consultant-calendar-failing";
/** The kinds the newsletter queues (lib/newsletter/settings.ts). */
type NewsletterEmailKind = (typeof NEWSLETTER_KINDS)[keyof typeof NEWSLETTER_KINDS];

// What each kind of email is, in the consultant's words; every kind the site queues has its name here.
const KIND_LABELS: Record<BookingEmailKind | CalendarEmailKind | NewsletterEmailKind, string> = {
  "founder-confirmation": "Confirmation to the founder",
  "founder-reminder": "Reminder to the founder",
  "founder-already-booked": "Booking details again, to the founder",
  "founder-moved": "New time to the founder",
  "founder-cancelled": "Cancellation to the founder",
  "consultant-new-booking": "New booking (to you)",
  "consultant-moved": "Call moved (to you)",
  "consultant-cancelled": "Call cancelled (to you)",
  "consultant-calendar-failing": "Calendar can’t be read (to you)",
  "newsletter-confirm": "Confirmation link to a new subscriber",
  "newsletter-already-subscribed": "Already-subscribed note to a subscriber",
  "newsletter-note": "New note to a subscriber",
  "newsletter-test": "Test of a note (to you)",
};

/** An outbox kind's readable name; a kind this table does not know (an older or newer one) shows as itself. */
export function outboxKindLabel(kind: string): string {
  return lookup(KIND_LABELS, kind) ?? kind;
}

import type { Booking } from "../../db/bookings";
import { composeEmail, type ComposedEmail, type EmailBlock } from "../../email/compose-email";
import type { Slot } from "../availability";
import { choiceLabel } from "../booking-display";
import { formatSlot } from "../slot-display";
import { zoneAbbreviation } from "../../time/zone-labels";
import { adminBookingUrl, bookingFrame } from "./email-parts";
import type { Cancellation, Move } from "./founder-emails";
import type { MailSettings } from "./mail-settings";
import { zonePlace } from "../../time/zone-labels";

const mine = (slot: Slot, mail: MailSettings) => formatSlot(slot, mail.consultantTimeZone);
const who = (booking: Booking) => (booking.company ? `${booking.name} (${booking.company})` : booking.name);

// The booking's page in the admin, where the call is moved, cancelled or noted.
const adminButton = (booking: Booking, mail: MailSettings, tone: "primary" | "quiet" = "primary"): EmailBlock => ({
  kind: "button",
  label: "Open the booking",
  href: adminBookingUrl(booking, mail),
  tone,
});

/**
 * Everything the founder wrote, where they came from and what they ticked, so the call can start from it, and the
 * booking's admin page. "Came from" is a path the founder's browser sent: shown as text, never made a link.
 */
export function consultantNewBooking(booking: Booking, mail: MailSettings): ComposedEmail {
  const signals = booking.readiness.map((id) => choiceLabel(mail.readinessSignals, id));
  return composeEmail(`New intro call: ${who(booking)}, ${mine(booking, mail)} ${zoneAbbreviation(booking.start, mail.consultantTimeZone)}`, [
    { kind: "paragraph", text: `${booking.name} booked an intro call.` },
    {
      kind: "details",
      rows: [
        { label: `When (${zonePlace(mail.consultantTimeZone)})`, value: mine(booking, mail) },
        { label: `Their time (${zonePlace(booking.timeZone)})`, value: formatSlot(booking, booking.timeZone) },
        { label: "Name", value: booking.name },
        { label: "Email", value: booking.email },
        { label: "Company", value: booking.company ?? "(not given)" },
        { label: "Team size", value: booking.teamSize ?? "(not given)" },
        { label: "Engagement in mind", value: booking.engagement ? choiceLabel(mail.engagements, booking.engagement) : "Not sure yet" },
        { label: "Came from", value: booking.source ? `${mail.site.url}${booking.source}` : "(direct)" },
        { label: "Signals ticked", value: signals.length ? signals.join("\n") : "(none)" },
        { label: "What they’d like to talk about", value: booking.message ?? "(nothing written)" },
        { label: "Video link", value: mail.meetingLink, href: mail.meetingLink },
      ],
    },
    adminButton(booking, mail),
  ], bookingFrame(mail));
}

export function consultantMoved(booking: Booking, previous: Slot, mail: MailSettings, move: Move = { by: "founder" }): ComposedEmail {
  const rows = [
    { label: `Now (${zonePlace(mail.consultantTimeZone)})`, value: mine(booking, mail) },
    { label: "Was", value: mine(previous, mail) },
    { label: "Email", value: booking.email },
  ];
  if (move.message) rows.push({ label: "Your note to them", value: move.message });
  return composeEmail(`Moved: intro call with ${who(booking)}, now ${mine(booking, mail)} ${zoneAbbreviation(booking.start, mail.consultantTimeZone)}`, [
    {
      kind: "paragraph",
      text: move.by === "founder" ? `${booking.name} moved their intro call.` : `You moved the intro call with ${booking.name}; they have been emailed the new time.`,
    },
    { kind: "details", rows },
    adminButton(booking, mail),
  ], bookingFrame(mail));
}

export function consultantCancelled(booking: Booking, mail: MailSettings, cancellation: Cancellation): ComposedEmail {
  const rows = [
    { label: `Was (${zonePlace(mail.consultantTimeZone)})`, value: mine(booking, mail) },
    { label: "Email", value: booking.email },
  ];
  if (cancellation.message) rows.push({ label: "Your note to them", value: cancellation.message });
  return composeEmail(`Cancelled: intro call with ${who(booking)}, ${mine(booking, mail)} ${zoneAbbreviation(booking.start, mail.consultantTimeZone)}`, [
    { kind: "paragraph", text: cancellation.by === "founder" ? `${booking.name} cancelled their intro call; the time is free again.` : "You cancelled this intro call; the time is free again." },
    { kind: "details", rows },
    adminButton(booking, mail, "quiet"),
  ], bookingFrame(mail));
}

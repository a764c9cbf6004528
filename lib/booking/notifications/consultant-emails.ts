import { formatSlot } from "../slot-display";
import type { BookingRow } from "../../db/bookings";
import { slotOf } from "./email-parts";
import { composeEmail, type ComposedEmail } from "../../email/compose-email";
import type { Cancellation } from "./founder-emails";
import type { MailSettings } from "./mail-settings";

const mine = (booking: Pick<BookingRow, "start_at" | "end_at">, mail: MailSettings) => formatSlot(slotOf(booking), mail.consultantTimeZone);
const who = (booking: BookingRow) => (booking.company ? `${booking.name} (${booking.company})` : booking.name);

const labelOf = (choices: MailSettings["readinessSignals"], id: string) => choices.find((choice) => choice.id === id)?.label ?? id;

/** Everything the founder wrote, where they came from and what they ticked, so the call can start from it. */
export function consultantNewBooking(booking: BookingRow, mail: MailSettings): ComposedEmail {
  const signals = (JSON.parse(booking.readiness) as string[]).map((id) => labelOf(mail.readinessSignals, id));
  return composeEmail(`New intro call: ${who(booking)}, ${mine(booking, mail)}`, [
    { kind: "paragraph", text: `${booking.name} booked an intro call.` },
    {
      kind: "details",
      rows: [
        { label: `When (${mail.consultantTimeZone})`, value: mine(booking, mail) },
        { label: `Their time (${booking.time_zone})`, value: formatSlot(slotOf(booking), booking.time_zone) },
        { label: "Name", value: booking.name },
        { label: "Email", value: booking.email },
        { label: "Company", value: booking.company ?? "(not given)" },
        { label: "Team size", value: booking.team_size ?? "(not given)" },
        { label: "Engagement in mind", value: booking.engagement ? labelOf(mail.engagements, booking.engagement) : "Not sure yet" },
        { label: "Came from", value: booking.source ? `${mail.site.url}${booking.source}` : "(direct)" },
        { label: "Signals ticked", value: signals.length ? signals.join("\n") : "(none)" },
        { label: "What they’d like to talk about", value: booking.message ?? "(nothing written)" },
      ],
    },
    { kind: "paragraph", text: `Video link: ${mail.meetingLink}` },
  ]);
}

export function consultantMoved(booking: BookingRow, previous: Pick<BookingRow, "start_at" | "end_at">, mail: MailSettings): ComposedEmail {
  return composeEmail(`Moved: intro call with ${who(booking)}, now ${mine(booking, mail)}`, [
    { kind: "paragraph", text: `${booking.name} moved their intro call.` },
    {
      kind: "details",
      rows: [
        { label: `Now (${mail.consultantTimeZone})`, value: mine(booking, mail) },
        { label: "Was", value: mine(previous, mail) },
        { label: "Email", value: booking.email },
      ],
    },
  ]);
}

export function consultantCancelled(booking: BookingRow, mail: MailSettings, cancellation: Cancellation): ComposedEmail {
  const rows = [
    { label: `Was (${mail.consultantTimeZone})`, value: mine(booking, mail) },
    { label: "Email", value: booking.email },
  ];
  if (cancellation.message) rows.push({ label: "Your note to them", value: cancellation.message });
  return composeEmail(`Cancelled: intro call with ${who(booking)}, ${mine(booking, mail)}`, [
    { kind: "paragraph", text: cancellation.by === "founder" ? `${booking.name} cancelled their intro call; the time is free again.` : "You cancelled this intro call; the time is free again." },
    { kind: "details", rows },
  ]);
}

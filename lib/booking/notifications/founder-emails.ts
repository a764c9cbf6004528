import type { Booking } from "../../db/bookings";
import { composeEmail, type ComposedEmail, type EmailBlock } from "../../email/compose-email";
import { firstName } from "../booking-display";
import type { Slot } from "../availability";
import { formatSlot } from "../slot-display";
import { zoneAbbreviation } from "../../time/zone-labels";
import { bookingFrame, bookUrl, signOff, timeRows } from "./email-parts";
import type { MailSettings } from "./mail-settings";

const videoRow = (mail: MailSettings) => ({ label: "Video link", value: mail.meetingLink, href: mail.meetingLink });
// The same steps as the page after booking, under the same heading: they say what happens, not what to prepare.
const nextSteps = (mail: MailSettings): EmailBlock => ({ kind: "list", title: "What happens next", items: mail.nextSteps });
// The call's two links as buttons, side by side: the video room first, the founder's own page beside it.
const callButtons = (mail: MailSettings, manageUrl: string): EmailBlock[] => [
  { kind: "button", label: "Join the call", href: mail.meetingLink, tone: "primary" },
  { kind: "button", label: "Move or cancel", href: manageUrl, tone: "quiet" },
];
const when = (booking: Booking) => formatSlot(booking, booking.timeZone);
// A subject is read in a list, away from the email's own words: it names the zone too ("… 12:30 – 1:00 PM GMT+5:30").
const whenInSubject = (booking: Booking) => `${when(booking)} ${zoneAbbreviation(booking.start, booking.timeZone)}`;

/** Sent at once: the booking on both clocks, the video room, what happens next, the founder's own page, the invite. */
export function founderConfirmation(booking: Booking, mail: MailSettings, manageUrl: string): ComposedEmail {
  return composeEmail(`You’re booked: intro call with ${mail.site.name}, ${whenInSubject(booking)}`, [
    { kind: "paragraph", text: `Hello ${firstName(booking)},` },
    { kind: "paragraph", text: "Thank you for booking. Our free 30-minute intro call is in the calendar; the invitation is attached." },
    { kind: "details", rows: [...timeRows(booking, mail), videoRow(mail)] },
    ...callButtons(mail, manageUrl),
    nextSteps(mail),
    signOff(mail),
  ], bookingFrame(mail));
}

/**
 * Sent when someone asks to book another call with an address that already has one: the page says only that it was
 * sent, so whoever typed the address learns nothing more, and the founder gets a working link to the call they have.
 */
export function founderAlreadyBooked(booking: Booking, mail: MailSettings, manageUrl: string): ComposedEmail {
  return composeEmail(`Already booked: intro call with ${mail.site.name}, ${whenInSubject(booking)}`, [
    { kind: "paragraph", text: `Hello ${firstName(booking)},` },
    {
      kind: "paragraph",
      text: "Someone, most likely you, asked to book another intro call with this email address. You already have one, so no second call was booked:",
    },
    { kind: "details", rows: [...timeRows(booking, mail), videoRow(mail)] },
    { kind: "paragraph", text: "To pick another time for it, or to cancel it, use “Move or cancel” below. If this was not you, there is nothing to do." },
    ...callButtons(mail, manageUrl),
    signOff(mail),
  ], bookingFrame(mail));
}

/** Sent a day before the call. */
export function founderReminder(booking: Booking, mail: MailSettings, manageUrl: string): ComposedEmail {
  return composeEmail(`Tomorrow: intro call with ${mail.site.name}, ${whenInSubject(booking)}`, [
    { kind: "paragraph", text: `Hello ${firstName(booking)},` },
    { kind: "paragraph", text: "A reminder of our intro call tomorrow. At the time, open the video link; there is nothing to install." },
    { kind: "details", rows: [...timeRows(booking, mail), videoRow(mail)] },
    ...callButtons(mail, manageUrl),
    nextSteps(mail),
    signOff(mail),
  ], bookingFrame(mail));
}

export interface Move {
  by: "founder" | "consultant";
  /** The consultant's words to the founder, when they move the call. */
  message?: string;
}

/**
 * Sent when the call is moved, by the founder from their page or by the consultant from the admin (then it says so,
 * with the consultant's message); the attached invite replaces the calendar's copy.
 */
export function founderMoved(booking: Booking, previous: Slot, mail: MailSettings, manageUrl: string, move: Move = { by: "founder" }): ComposedEmail {
  const times: EmailBlock = {
    kind: "details",
    rows: [...timeRows(booking, mail, "New time"), { label: "No longer", value: formatSlot(previous, booking.timeZone) }, videoRow(mail)],
  };
  if (move.by === "founder") {
    return composeEmail(`Moved: intro call with ${mail.site.name}, now ${whenInSubject(booking)}`, [
      { kind: "paragraph", text: `Hello ${firstName(booking)},` },
      { kind: "paragraph", text: "Our intro call has moved. The attached invitation updates your calendar." },
      times,
      ...callButtons(mail, manageUrl),
      signOff(mail),
    ], bookingFrame(mail));
  }
  const blocks: EmailBlock[] = [
    { kind: "paragraph", text: `Hello ${firstName(booking)},` },
    {
      kind: "paragraph",
      text: `${mail.site.name} moved your intro call from ${formatSlot(previous, booking.timeZone)} to ${when(booking)}. The attached invitation updates your calendar.`,
    },
  ];
  if (move.message) blocks.push({ kind: "details", rows: [{ label: `A note from ${mail.site.name}`, value: move.message }] });
  blocks.push(
    times,
    ...callButtons(mail, manageUrl),
    { kind: "paragraph", text: "If the new time does not suit you, pick another free time or cancel the call with “Move or cancel” above." },
    signOff(mail),
  );
  return composeEmail(`Your intro call was moved to ${whenInSubject(booking)}`, blocks, bookingFrame(mail));
}

export interface Cancellation {
  by: "founder" | "consultant";
  /** The consultant's words to the founder, when they cancel. */
  message?: string;
}

/** Sent when the call is cancelled by either side; the attached CANCEL removes it from the calendar. */
export function founderCancelled(booking: Booking, mail: MailSettings, cancellation: Cancellation): ComposedEmail {
  const blocks: EmailBlock[] = [
    { kind: "paragraph", text: `Hello ${firstName(booking)},` },
    {
      kind: "paragraph",
      text:
        cancellation.by === "founder"
          ? "You cancelled our intro call. The attached update removes it from your calendar."
          : `${mail.site.name} had to cancel our intro call. The attached update removes it from your calendar.`,
    },
  ];
  if (cancellation.message) blocks.push({ kind: "details", rows: [{ label: `A note from ${mail.site.name}`, value: cancellation.message }] });
  blocks.push(
    { kind: "details", rows: timeRows(booking, mail, "Was") },
    { kind: "button", label: "Book another time", href: bookUrl(mail), tone: "quiet" },
    signOff(mail),
  );
  return composeEmail(`Cancelled: intro call with ${mail.site.name}, ${whenInSubject(booking)}`, blocks, bookingFrame(mail));
}

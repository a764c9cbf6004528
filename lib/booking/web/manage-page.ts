import { zonePlace } from "../../time/zone-labels";
import { canonicalTimeZone } from "../../time/zone-names";
import { firstName } from "../booking-display";
import type { ManageLink } from "../lifecycle";
import { managePath } from "../manage-token";
import { formatSlot } from "../slot-display";

/**
 * The founder's page, without the framework: what its query says (after a booking, a move, a cancellation; the zone
 * to show free times in) and what the page then says. Every value is read from a known shape or dropped, and the
 * page only ever shows times formatted from dates, never the query's text.
 */
export interface ManageQuery {
  booked: boolean;
  /** After a move; `movedFrom` is the time it had before, when the address carries a well-formed one. */
  moved: boolean;
  movedFrom?: Date;
  cancelled: boolean;
  confirmCancel: boolean;
  /** The zone the move section shows free times in (?tz=), when it is one the runtime knows. */
  timeZone?: string;
}

type Query = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** An instant as toISOString writes it, and nothing else. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

function instantFrom(text: string | undefined): Date | undefined {
  if (!text || !ISO_INSTANT.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function readManageQuery(query: Query): ManageQuery {
  const movedFrom = instantFrom(single(query.from));
  const timeZone = canonicalTimeZone(single(query.tz));
  return {
    booked: single(query.booked) === "1",
    moved: single(query.moved) === "1",
    ...(movedFrom ? { movedFrom } : {}),
    cancelled: single(query.cancelled) === "1",
    confirmCancel: single(query.confirm) === "cancel",
    ...(timeZone ? { timeZone } : {}),
  };
}

/** Where the founder lands after moving the call: their page, saying which time it moved from. */
export function movedPath(token: string, from: Date): string {
  return `${managePath(token)}?moved=1&from=${encodeURIComponent(from.toISOString())}`;
}

/** Where the founder lands after cancelling: their page, now saying which call was cancelled. */
export function cancelledPath(token: string): string {
  return `${managePath(token)}?cancelled=1`;
}

export interface ManageView {
  eyebrow: string;
  heading: string;
  intro: string;
  /** After a move: "Moved from … to …", both in the founder's zone. */
  movedNote?: string;
}

type Booking = Extract<ManageLink, { kind: "manageable" }>["booking"];

/** The call's time as the founder reads it: in the zone they booked in, named as a place ("Kolkata, India"). */
const when = (booking: Booking) => `${formatSlot(booking, booking.timeZone)} (${zonePlace(booking.timeZone)})`;

/**
 * What the page says for what the link found (an unknown key is the not-found page's). A link that no longer opens a
 * call says what became of it, with the time, but names nobody: whoever holds the link may not be the founder.
 */
export function manageView(link: Exclude<ManageLink, { kind: "unknown" }>, query: ManageQuery): ManageView {
  const { booking } = link;
  switch (link.kind) {
    case "cancelled":
      return query.cancelled
        ? {
            eyebrow: "Cancelled",
            heading: "Your call is cancelled",
            intro: `Our intro call on ${when(booking)} is cancelled. The time is free again, and an email confirming the cancellation is on its way.`,
          }
        : {
            eyebrow: "Cancelled",
            heading: "This call was cancelled",
            intro: `The intro call on ${when(booking)} was cancelled, so this link no longer opens it.`,
          };
    case "over":
      return {
        eyebrow: "Already held",
        heading: "This call has taken place",
        intro: `The intro call on ${when(booking)} is over, so there is nothing left to move or cancel here.`,
      };
    case "started":
      return {
        eyebrow: "Under way",
        heading: "This call has started",
        intro: `The intro call on ${when(booking)} is under way, so it can no longer be moved or cancelled.`,
      };
    case "manageable":
      break;
  }
  if (query.booked) {
    return {
      eyebrow: "Your booking",
      heading: "You’re booked",
      intro: `Thank you, ${firstName(booking)}. Our 30-minute intro is in the calendar, and a confirmation is on its way to ${booking.email}.`,
    };
  }
  if (query.moved) {
    const from = query.movedFrom;
    const duration = booking.end.getTime() - booking.start.getTime();
    return {
      eyebrow: "Your booking",
      heading: "Your call has moved",
      intro: `Done, ${firstName(booking)}: the new time is below, and an updated invitation is on its way to ${booking.email}.`,
      ...(from && from.getTime() !== booking.start.getTime()
        ? {
            movedNote: `Moved from ${formatSlot({ start: from, end: new Date(from.getTime() + duration) }, booking.timeZone)} to ${formatSlot(booking, booking.timeZone)} (${zonePlace(booking.timeZone)}).`,
          }
        : {}),
    };
  }
  return {
    eyebrow: "Your booking",
    heading: "Your intro call",
    intro: `Hello ${firstName(booking)}. Here is our call; you can move it to another free time or cancel it.`,
  };
}

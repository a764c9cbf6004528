import type { Slot } from "../booking/availability";
import type { BookingContext } from "../booking/context";
import { formatSlot } from "../booking/slot-display";
import type { BookingSettings } from "../content/booking-schema";
import { listBookings, type Booking, type BookingListView } from "../db/bookings";
import { chooseOption } from "../lookup";
import { wallTimeAt } from "../time/zoned-time";
import { relativeDayLabel } from "./admin-dates";
import { bookingAnswers, bookingStatusLabel } from "./booking-details";
import { zonePlace } from "../time/zone-labels";

// The admin's bookings list (/admin?show=…&q=…): three tabs with their counts, a search by name, email or company, and
// each booking written so it reads at a glance. Framework-free: the page only renders what this returns.

export type { BookingListView };

export const BOOKING_LIST_VIEWS: readonly { value: BookingListView; label: string }[] = [
  { value: "upcoming", label: "Upcoming" },
  { value: "past", label: "Past" },
  { value: "cancelled", label: "Cancelled" },
];

// Fixed sentences: the search is never written into a message, only back into its own field.
const EMPTY: Record<BookingListView, string> = {
  upcoming: "No calls booked yet.",
  past: "No calls have happened yet.",
  cancelled: "Nothing has been cancelled.",
};
const EMPTY_SEARCH: Record<BookingListView, string> = {
  upcoming: "No upcoming calls match your search.",
  past: "No past calls match your search.",
  cancelled: "No cancelled calls match your search.",
};

/** The longest search kept; anything longer is cut (no name, email or company is longer). */
export const SEARCH_MAX_LENGTH = 200;
/** How much of the founder's message the list shows. */
export const MESSAGE_PREVIEW_LENGTH = 120;

/** The search the address asks for (?q=), trimmed; undefined for none, an empty one, or a parameter given twice. */
export function searchQuery(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const query = Array.from(value.trim()).slice(0, SEARCH_MAX_LENGTH).join("").trim();
  return query === "" ? undefined : query;
}

const folded = (text: string) => text.normalize("NFC").toLowerCase();

/**
 * Whether the booking's name, email or company contains the search, in any letter case. A plain substring test: `%`,
 * `_`, quotes and backslashes are matched as themselves, and letter case is folded the same way on every database.
 */
export function matchesSearch(booking: Pick<Booking, "name" | "email" | "company">, query: string): boolean {
  const wanted = folded(query);
  return [booking.name, booking.email, booking.company ?? ""].some((field) => folded(field).includes(wanted));
}

/**
 * The founder's message on one line, cut to `max` characters with an ellipsis, after the last whole word when one ends
 * in the second half ("… two AI tools last…", not "… last ye…"); undefined when they wrote none.
 */
export function messagePreview(message: string | null, max = MESSAGE_PREVIEW_LENGTH): string | undefined {
  const line = (message ?? "").replace(/\s+/g, " ").trim();
  if (line === "") return undefined;
  const characters = Array.from(line);
  if (characters.length <= max) return line;
  const cut = characters.slice(0, max - 1).join("");
  const lastSpace = cut.lastIndexOf(" ");
  const midWord = characters[max - 1] !== " " && !cut.endsWith(" ");
  return `${(midWord && lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * The call on the founder's clock, when it differs from the consultant's: "3:30 – 4:00 PM their time
 * (Asia/Kolkata)", with the day when it is another one there. Undefined when both clocks read the same, or the stored
 * zone is one this runtime does not know.
 */
export function founderTime(slot: Slot, founderZone: string, consultantZone: string): string | undefined {
  try {
    const theirs = wallTimeAt(slot.start, founderZone);
    const ours = wallTimeAt(slot.start, consultantZone);
    if (theirs.date === ours.date && theirs.minutes === ours.minutes) return undefined;
    const sameDay = theirs.date === ours.date;
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone: founderZone,
      ...(sameDay ? {} : { weekday: "long", month: "long", day: "numeric" }),
      hour: "numeric",
      minute: "2-digit",
    });
    return `${format.formatRange(slot.start, slot.end)} their time (${zonePlace(founderZone)})`;
  } catch {
    return undefined;
  }
}

/** One row of the admin's booking list. */
export interface BookingListItem {
  id: string;
  /** "Today" or "Tomorrow" on the consultant's clock; undefined for any other day. */
  day?: "Today" | "Tomorrow";
  /** On the consultant's clock. */
  when: string;
  /** On the founder's clock, when it reads differently. */
  theirTime?: string;
  name: string;
  email: string;
  company?: string;
  engagement?: string;
  /** The first line or so of what they wrote. */
  preview?: string;
  /** The readiness signals they ticked, in the form's words. */
  signals: string[];
  /** The page they came from. */
  source?: string;
  status: string;
}

export function bookingListItem(booking: Booking, settings: Pick<BookingSettings, "form" | "timeZone">, now: Date): BookingListItem {
  const { timeZone } = settings;
  const { engagement, signals } = bookingAnswers(booking, settings.form);
  const day = relativeDayLabel(booking.start, now, timeZone);
  const theirTime = founderTime(booking, booking.timeZone, timeZone);
  const preview = messagePreview(booking.message);
  return {
    id: booking.id,
    ...(day ? { day } : {}),
    when: formatSlot(booking, timeZone),
    ...(theirTime ? { theirTime } : {}),
    name: booking.name,
    email: booking.email,
    ...(booking.company ? { company: booking.company } : {}),
    ...(engagement ? { engagement } : {}),
    ...(preview ? { preview } : {}),
    signals,
    ...(booking.source ? { source: booking.source } : {}),
    status: bookingStatusLabel(booking),
  };
}

/** What the bookings page shows. */
export interface BookingListPage {
  view: BookingListView;
  /** The search, to put back into its field; undefined when there is none. */
  query?: string;
  /** The tabs, each with how many bookings it holds (that match the search, when there is one). */
  tabs: { value: BookingListView; label: string; count: number }[];
  items: BookingListItem[];
  /** What the list says when it is empty. */
  empty: string;
}

/** The bookings page for ?show= and ?q=: the chosen tab's bookings that match the search, and every tab's count. */
export async function listBookingPage(context: BookingContext, params: { show?: unknown; q?: unknown }): Promise<BookingListPage> {
  const view = chooseOption(params.show, BOOKING_LIST_VIEWS);
  const query = searchQuery(params.q);
  const { db } = await context.storage();
  const now = context.now();
  const lists = await Promise.all(
    BOOKING_LIST_VIEWS.map(async ({ value }) => {
      const bookings = await listBookings(db, value, now);
      return [value, query ? bookings.filter((booking) => matchesSearch(booking, query)) : bookings] as const;
    }),
  );
  const found = Object.fromEntries(lists) as Record<BookingListView, Booking[]>;
  return {
    view,
    ...(query ? { query } : {}),
    tabs: BOOKING_LIST_VIEWS.map((option) => ({ ...option, count: found[option.value].length })),
    items: found[view].map((booking) => bookingListItem(booking, context.settings, now)),
    empty: (query ? EMPTY_SEARCH : EMPTY)[view],
  };
}

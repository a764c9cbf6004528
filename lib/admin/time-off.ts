import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { BookingContext } from "../booking/context";
import { formatSlot } from "../booking/slot-display";
import { listLiveBookingsEndingAfter, type Booking } from "../db/bookings";
import { deleteTimeOff, insertTimeOff, listTimeOffEndingAfter, type TimeOff } from "../db/time-off";
import { inWriteTransaction } from "../db/write-transaction";
import { isCalendarDate } from "../content/fields";
import { withoutControlCharacters } from "../http/free-text";
import { lookup } from "../lookup";
import { addDays, instantsForWallTime, startOfDay, wallTimeAt } from "../time/zoned-time";

// The consultant's time off, blocked from the admin: a date, a range of dates, or hours from one date to another, on
// the consultant's clock. Calls already booked inside a new block stay booked: the page lists them, each linked to
// its own page, where the consultant moves or cancels it.

/** The longest note a block keeps. */
export const TIME_OFF_NOTE_MAX_LENGTH = 200;
/** The longest block, in days. */
export const TIME_OFF_MAX_DAYS = 366;
export const TIME_OFF_PATH = "/admin/time-off";

const DAY = 24 * 60 * 60_000;

export type TimeOffField = "from" | "to" | "startTime" | "endTime" | "note";
/** The form's answers as typed, so a form sent back with errors loses nothing. */
export type TimeOffFormValues = Record<TimeOffField, string>;
/** What is wrong, next to the field it is about. */
export type TimeOffFieldErrors = Partial<Record<TimeOffField, string>>;

/** What the add form shows: the answers and their errors after a refused try, empty at first. */
export interface TimeOffFormState {
  values: TimeOffFormValues;
  fieldErrors: TimeOffFieldErrors;
  /** Counts refused tries, so the form starts afresh from the returned values each time. */
  submission: number;
}

export const emptyTimeOffForm: TimeOffFormState = {
  values: { from: "", to: "", startTime: "", endTime: "", note: "" },
  fieldErrors: {},
  submission: 0,
};

export type AddTimeOffOutcome =
  | { kind: "invalid"; fieldErrors: TimeOffFieldErrors; values: TimeOffFormValues }
  /** The block stored; the calls not yet over that it overlaps, still booked; and the page to show next. */
  | { kind: "added"; block: TimeOff; bookings: Booking[]; next: string };

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const timeField = z.string().refine((text) => text === "" || CLOCK_TIME.test(text), "Enter the time as HH:MM, on a 24-hour clock.");
const timeOffForm = z.object({
  from: z.string().min(1, "Enter the first day off.").refine(isCalendarDate, "Enter the date as YYYY-MM-DD."),
  to: z.string().refine((text) => text === "" || isCalendarDate(text), "Enter the date as YYYY-MM-DD, or leave it empty for one day."),
  startTime: timeField,
  endTime: timeField,
  note: z.string().max(TIME_OFF_NOTE_MAX_LENGTH, `The note can be at most ${TIME_OFF_NOTE_MAX_LENGTH} characters.`),
});

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Reads the form's fields and nothing else (React adds its own $ACTION_ fields). */
function readTimeOffForm(formData: FormData): TimeOffFormValues {
  return {
    from: text(formData, "from").trim(),
    to: text(formData, "to").trim(),
    startTime: text(formData, "startTime").trim(),
    endTime: text(formData, "endTime").trim(),
    note: withoutControlCharacters(text(formData, "note")).trim(),
  };
}

type Span = { start: Date; end: Date } | { fieldErrors: TimeOffFieldErrors };

/** The instants the answers name on the consultant's clock, or what is wrong with them, by field. */
function spanOf(values: TimeOffFormValues, timeZone: string, now: Date): Span {
  const { from, startTime, endTime } = values;
  const to = values.to || from;
  if (startTime && !endTime) return { fieldErrors: { endTime: "Enter an end time as well, or neither for whole days." } };
  if (endTime && !startTime) return { fieldErrors: { startTime: "Enter a start time as well, or neither for whole days." } };
  if (to < from) return { fieldErrors: { to: "The last day cannot be before the first." } };

  let start: Date;
  let end: Date;
  // Which field says when the block ends: where "already over" belongs.
  let endField: TimeOffField;
  if (startTime) {
    // A time the clocks skip that night does not occur; one they repeat is blocked from its first to its last.
    const first = instantsForWallTime(from, minutesOf(startTime), timeZone)[0];
    const last = instantsForWallTime(to, minutesOf(endTime), timeZone).at(-1);
    if (!first) return { fieldErrors: { startTime: `The clocks skip ${startTime} on ${from} in ${timeZone}: choose another time.` } };
    if (!last) return { fieldErrors: { endTime: `The clocks skip ${endTime} on ${to} in ${timeZone}: choose another time.` } };
    if (last.getTime() <= first.getTime()) return { fieldErrors: { endTime: "The end must be after the start." } };
    if (last.getTime() - first.getTime() > TIME_OFF_MAX_DAYS * DAY) {
      return { fieldErrors: { to: `Time off can be at most ${TIME_OFF_MAX_DAYS} days long.` } };
    }
    [start, end, endField] = [first, last, "endTime"];
  } else {
    if (addDays(from, TIME_OFF_MAX_DAYS - 1) < to) return { fieldErrors: { to: `Time off can be at most ${TIME_OFF_MAX_DAYS} days long.` } };
    // Whole days, as long as each day is on the consultant's clock (23 or 25 hours when it changes).
    [start, end, endField] = [startOfDay(from, timeZone), startOfDay(addDays(to, 1), timeZone), values.to ? "to" : "from"];
  }
  if (end.getTime() <= now.getTime()) return { fieldErrors: { [endField]: "That time off would already be over: choose a time still to come." } };
  return { start, end };
}

/**
 * Blocks the time the form names, on the consultant's clock. Calls already booked inside it are not cancelled: they
 * come back with the block, for the consultant to move or cancel each one.
 */
export async function addTimeOff(context: BookingContext, formData: FormData): Promise<AddTimeOffOutcome> {
  const values = readTimeOffForm(formData);
  const form = timeOffForm.safeParse(values);
  if (!form.success) {
    const fieldErrors: TimeOffFieldErrors = {};
    for (const issue of form.error.issues) {
      const field = issue.path[0] as TimeOffField;
      fieldErrors[field] ??= issue.message;
    }
    return { kind: "invalid", fieldErrors, values };
  }
  const now = context.now();
  const span = spanOf(form.data, context.settings.timeZone, now);
  if ("fieldErrors" in span) return { kind: "invalid", fieldErrors: span.fieldErrors, values };

  const note = form.data.note;
  // Serialised with the bookings, so no call slips in between the block and the list of calls inside it.
  const { block, bookings } = await inWriteTransaction(await context.storage(), async (db) => {
    const block = await insertTimeOff(db, { id: randomUUID(), ...span, ...(note ? { note } : {}), createdAt: now });
    return { block, bookings: insideBlock(block, await listLiveBookingsEndingAfter(db, now)) };
  });
  return { kind: "added", block, bookings, next: `${TIME_OFF_PATH}?added=${block.id}` };
}

/** The add form's next state after a refused try (a try that worked goes to the page `next` names). */
export function refusedTimeOffForm(previous: TimeOffFormState, outcome: Extract<AddTimeOffOutcome, { kind: "invalid" }>): TimeOffFormState {
  return { values: outcome.values, fieldErrors: outcome.fieldErrors, submission: previous.submission + 1 };
}

/** Removes a block: its time is open again. Answers with the page to show next. */
export async function removeTimeOff(context: BookingContext, formData: FormData): Promise<string> {
  const id = formData.get("timeOffId");
  const removed = typeof id === "string" && (await deleteTimeOff((await context.storage()).db, id));
  return `${TIME_OFF_PATH}?${removed ? "done=removed" : "problem=not-found"}`;
}

/** A call inside a block, as the list shows it. */
export interface TimeOffBookingItem {
  id: string;
  href: string;
  /** On the consultant's clock. */
  when: string;
  name: string;
}

/** One block as the page shows it: when, on the consultant's clock, the note, and the calls booked inside it. */
export interface TimeOffItem {
  id: string;
  when: string;
  note?: string;
  bookings: TimeOffBookingItem[];
  /** What to say about those calls: none, or that they stay booked until moved or cancelled. */
  callsInside: string;
}

const overlaps = (block: TimeOff, booking: Booking) => booking.start.getTime() < block.end.getTime() && booking.end.getTime() > block.start.getTime();
const insideBlock = (block: TimeOff, bookings: readonly Booking[]) => bookings.filter((booking) => overlaps(block, booking));

/** "Friday, December 4, 2026 (all day)", "Monday, December 21 – Friday, December 25, 2026 (whole days)", or the hours. */
export function describeTimeOff(block: Pick<TimeOff, "start" | "end">, timeZone: string): string {
  const firstDay = wallTimeAt(block.start, timeZone).date;
  const dayAfter = wallTimeAt(block.end, timeZone).date;
  const wholeDays =
    block.start.getTime() === startOfDay(firstDay, timeZone).getTime() && block.end.getTime() === startOfDay(dayAfter, timeZone).getTime();
  if (!wholeDays) return formatSlot(block, timeZone);
  const lastDay = addDays(dayAfter, -1);
  const dates = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", year: "numeric", month: "long", day: "numeric" });
  return `${dates.formatRange(block.start, startOfDay(lastDay, timeZone))} (${lastDay === firstDay ? "all day" : "whole days"})`;
}

function bookingItem(booking: Booking, timeZone: string): TimeOffBookingItem {
  return { id: booking.id, href: `/admin/bookings/${encodeURIComponent(booking.id)}`, when: formatSlot(booking, timeZone), name: booking.name };
}

/** What the list says about the calls inside a block. */
function callsInsideSentence(count: number): string {
  if (count === 0) return "No calls are booked inside it.";
  return `${count === 1 ? "1 call is" : `${count} calls are`} booked inside it, not cancelled — move or cancel each from its page:`;
}

/** The time off under way or still to come, earliest first, each with the calls not yet over that are booked inside it. */
export async function listTimeOffItems(context: BookingContext): Promise<TimeOffItem[]> {
  const db = (await context.storage()).db;
  const now = context.now();
  const blocks = await listTimeOffEndingAfter(db, now);
  if (blocks.length === 0) return [];
  const bookings = await listLiveBookingsEndingAfter(db, now);
  const { timeZone } = context.settings;
  return blocks.map((block) => {
    const inside = insideBlock(block, bookings);
    return {
      id: block.id,
      when: describeTimeOff(block, timeZone),
      ...(block.note ? { note: block.note } : {}),
      bookings: inside.map((booking) => bookingItem(booking, timeZone)),
      callsInside: callsInsideSentence(inside.length),
    };
  });
}

const DONE: Record<string, string> = { removed: "Time off removed. Founders can book that time again." };
const PROBLEMS: Record<string, string> = { "not-found": "That time off was already removed." };

export interface TimeOffPageState {
  done?: string;
  problem?: string;
  /** The block just added (?added=<id>), when it is still on the list. */
  added?: TimeOffItem;
}

/** What the page says after a command, from ?done=, ?problem= and ?added=: fixed sentences and stored blocks only. */
export function timeOffPageState(
  query: { done?: string | string[]; problem?: string | string[]; added?: string | string[] },
  items: readonly TimeOffItem[],
): TimeOffPageState {
  const done = lookup(DONE, query.done);
  const problem = lookup(PROBLEMS, query.problem);
  const added = typeof query.added === "string" ? items.find((item) => item.id === query.added) : undefined;
  return { ...(done ? { done } : {}), ...(problem ? { problem } : {}), ...(added ? { added } : {}) };
}

/** The sentence that names a block just added: "Time off added: Friday, December 4, 2026 (all day)." */
export const timeOffAddedSentence = (item: TimeOffItem) => `Time off added: ${item.when}.`;

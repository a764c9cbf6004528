import type { Slot } from "./availability";
import { addDays, wallTimeAt, weekdayOf } from "../time/zoned-time";

export interface DayOfSlots {
  /** YYYY-MM-DD in the zone the slots are shown in. */
  date: string;
  /** "Tuesday, December 1" */
  label: string;
  slots: SlotOfDay[];
}

export interface SlotOfDay {
  start: string;
  end: string;
  /** "9:00 AM" */
  label: string;
  /** Minutes since midnight on the visitor's clock. */
  minutes: number;
}

/** Slots grouped by the day they fall on in the visitor's zone, with times written as that visitor reads them. */
export function groupSlotsByDay(slots: readonly Slot[], timeZone: string, locale = "en-US"): DayOfSlots[] {
  // The same times in the same zone (every request in a minute, and the page's every render) give the same days.
  const key = `${timeZone}|${locale}|${slots.map((slot) => `${slot.start.getTime()}-${slot.end.getTime()}`).join()}`;
  if (lastGrouped?.key === key) return lastGrouped.days;
  const days = groupByDay(slots, timeZone, locale);
  lastGrouped = { key, days };
  return days;
}

let lastGrouped: { key: string; days: DayOfSlots[] } | undefined;

// Making a formatter costs far more than using one: one per zone, locale and kind, a few hundred at most.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, kind: "day" | "time"): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      kind === "day" ? { timeZone, weekday: "long", month: "long", day: "numeric" } : { timeZone, hour: "numeric", minute: "2-digit" };
    format = new Intl.DateTimeFormat(locale, options);
    if (formatters.size >= 1_000) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

function groupByDay(slots: readonly Slot[], timeZone: string, locale: string): DayOfSlots[] {
  const dayLabel = formatter(locale, timeZone, "day");
  const timeLabel = formatter(locale, timeZone, "time");
  const days = new Map<string, DayOfSlots>();
  for (const slot of slots) {
    const { date, minutes } = wallTimeAt(slot.start, timeZone);
    let day = days.get(date);
    if (!day) {
      day = { date, label: dayLabel.format(slot.start), slots: [] };
      days.set(date, day);
    }
    day.slots.push({ start: slot.start.toISOString(), end: slot.end.toISOString(), label: timeLabel.format(slot.start), minutes });
  }
  return [...days.values()];
}

/** "Tuesday, December 1, 2026, 9:00 – 9:30 AM" in a zone. */
export function formatSlot(slot: Slot, timeZone: string, locale = "en-US"): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return format.formatRange(slot.start, slot.end);
}

/** A cell of the days' calendar: Monday first, a week a row. */
export type CalendarCell =
  | { kind: "blank" }
  /** A date inside the range with no free time: shown for orientation, not a choice. */
  | { kind: "closed"; date: string }
  | { kind: "open"; date: string };

const mondayFirst = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/**
 * The days with free times (YYYY-MM-DD, in order) laid out in weekday columns, Monday first: blank cells before the
 * first day (so it falls under its weekday), then every date up to the last day, open or closed. The last row is not
 * padded.
 */
export function calendarCells(dates: readonly string[]): CalendarCell[] {
  if (!dates.length) return [];
  const open = new Set(dates);
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const cells: CalendarCell[] = Array.from({ length: mondayFirst.indexOf(weekdayOf(first)) }, () => ({ kind: "blank" as const }));
  for (let date = first; date <= last; date = addDays(date, 1)) cells.push(open.has(date) ? { kind: "open", date } : { kind: "closed", date });
  return cells;
}

/** "1 time", "5 times" */
export function countOfTimes(count: number): string {
  return `${count} ${count === 1 ? "time" : "times"}`;
}

export type PartOfDay = "Night" | "Morning" | "Afternoon" | "Evening";

/**
 * On the visitor's clock: night before 05:00 (a call at 12:30 AM is not a morning one), morning until 11:59,
 * afternoon from 12:00 to 16:59, evening from 17:00.
 */
export function partOfDay(minutes: number): PartOfDay {
  return minutes < 5 * 60 ? "Night" : minutes < 12 * 60 ? "Morning" : minutes < 17 * 60 ? "Afternoon" : "Evening";
}

/** A day's times under Night, Morning, Afternoon and Evening, in that order; parts without a time are left out. */
export function groupByPartOfDay<T extends { minutes: number }>(slots: readonly T[]): { part: PartOfDay; slots: T[] }[] {
  const parts: PartOfDay[] = ["Night", "Morning", "Afternoon", "Evening"];
  return parts.map((part) => ({ part, slots: slots.filter((slot) => partOfDay(slot.minutes) === part) })).filter((group) => group.slots.length > 0);
}

/**
 * A word about a time at night on the visitor's clock: from 22:00 until 02:59 "late at night for you", from 03:00
 * until 06:59 "early morning for you"; nothing from 07:00 to 21:59.
 */
export function nightNote(minutes: number): string | undefined {
  if (minutes >= 22 * 60 || minutes < 3 * 60) return "late at night for you";
  if (minutes < 7 * 60) return "early morning for you";
  return undefined;
}

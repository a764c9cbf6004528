// Time-zone arithmetic on top of Intl, so no zone database ships with the site: the runtime's own is used.
import { currentTimeZoneName } from "./zone-names";

export interface WallTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

// One formatter per zone, under the zone's one spelling and under the name it was asked for in lower case: zone names
// ignore case, so a visitor's letter-case variants share one entry, and only names the runtime knows are kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 2_000;

const wallTimeFields: Intl.DateTimeFormatOptions = {
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
};

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone) ?? formatters.get(timeZone.toLowerCase());
  if (cached) return cached;
  // The formatter made for the name as given also tells the zone's one spelling: making one is the costly part (the
  // booking form labels every zone there is), so no second one is made just to ask.
  let made: Intl.DateTimeFormat | undefined;
  try {
    if (timeZone.length <= 64) made = new Intl.DateTimeFormat("en-US", { timeZone, ...wallTimeFields });
  } catch {
    made = undefined;
  }
  if (!made) throw new RangeError(`Unknown time zone: ${timeZone.slice(0, 64)}`);
  const name = currentTimeZoneName(made.resolvedOptions().timeZone);
  const formatter = formatters.get(name) ?? made;
  if (formatters.size < MAX_FORMATTERS) formatters.set(name, formatter).set(timeZone.toLowerCase(), formatter);
  return formatter;
}

/** The calendar date and clock time an instant shows in a zone. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Minutes the zone is ahead of UTC at an instant (New York in winter: -300). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  return offsetOfWallTime(instant, wallTimeAt(instant, timeZone));
}

/** The offset an instant's wall time (as wallTimeAt gives it) shows, when that has already been read. */
export function offsetOfWallTime(instant: Date, wall: WallTime): number {
  const asIfUtc = Date.parse(`${wall.date}T00:00:00Z`) + wall.minutes * 60_000;
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asIfUtc - truncated) / 60_000);
}

/**
 * Every instant at which a zone's clocks show this date and time: none in the hour skipped when clocks go forward,
 * two in the hour repeated when they go back, one otherwise. Earliest first.
 */
export function instantsForWallTime(date: string, minutes: number, timeZone: string): Date[] {
  const asIfUtc = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const day = 24 * 60 * 60_000;
  // The offsets in force a day either side cover any transition on this date.
  const offsets = new Set([offsetMinutesAt(new Date(asIfUtc - day), timeZone), offsetMinutesAt(new Date(asIfUtc + day), timeZone)]);
  const instants: Date[] = [];
  for (const offset of offsets) {
    const candidate = new Date(asIfUtc - offset * 60_000);
    const wall = wallTimeAt(candidate, timeZone);
    if (wall.date === date && wall.minutes === minutes && !instants.some((i) => i.getTime() === candidate.getTime())) {
      instants.push(candidate);
    }
  }
  return instants.sort((a, b) => a.getTime() - b.getTime());
}

/**
 * The first instant of a calendar day in a zone (not always midnight: some zones skip it). For a day the zone skipped
 * whole (Pacific/Apia, 2011-12-30), the instant it would have begun: the start of the next day that happened.
 */
export function startOfDay(date: string, timeZone: string): Date {
  for (let day = date, tries = 0; tries < 3; day = addDays(day, 1), tries++) {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const [first] = instantsForWallTime(day, minutes, timeZone);
      if (first) return first;
    }
  }
  throw new Error(`${date} does not occur in ${timeZone}`);
}

/** The calendar date a number of days after another (YYYY-MM-DD in, YYYY-MM-DD out). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof weekdays)[number];

export function weekdayOf(date: string): Weekday {
  return weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

import type { AvailabilityRules } from "../content/booking-schema";
import { addDays, instantsForWallTime, offsetMinutesAt, startOfDay, wallTimeAt, weekdayOf } from "../time/zoned-time";

export interface Slot {
  start: Date;
  end: Date;
}

/**
 * A time that is not free. "booking" (the default): an intro call not cancelled, kept apart by the buffer and counted
 * against the daily cap; "calendar": busy in the consultant's own calendar, kept apart by the buffer too; "time-off":
 * blocked from the admin, closed exactly as given.
 */
export interface TakenTime {
  start: Date;
  end: Date;
  kind?: "booking" | "calendar" | "time-off";
}

const MINUTE = 60_000;

/**
 * The times a visitor may book between `from` (inclusive) and `to` (exclusive), in UTC, earliest first.
 * Weekly hours are read as wall-clock times in the consultant's zone, date by date, so a daylight-saving change
 * moves the slots with the consultant's clock; a time the clock skips is never offered, a repeated one is offered
 * at each real instant it occurs. A slot is left out when it starts before `now` plus the minimum notice, after
 * `now` plus the days ahead, on a date off, on a day that already holds `maxCallsPerDay` calls, within the buffer of
 * a booking or a calendar's busy time, or inside time off.
 */
export function computeAvailableSlots(
  rules: AvailabilityRules,
  taken: readonly TakenTime[],
  now: Date,
  from: Date,
  to: Date,
): Slot[] {
  const earliest = Math.max(from.getTime(), now.getTime() + rules.minimumNoticeHours * 60 * MINUTE);
  const latest = Math.min(to.getTime(), now.getTime() + rules.daysAhead * 24 * 60 * MINUTE);
  if (earliest >= latest) return [];

  const length = rules.meetingMinutes * MINUTE;
  const buffer = rules.bufferMinutes * MINUTE;
  const datesOff = new Set(rules.datesOff);
  const fullDays = daysAtCap(rules, taken);
  const slots: Slot[] = [];
  // A day either side: the consultant's date can differ from the UTC date by up to 14 hours.
  const lastDate = addDays(wallTimeAt(new Date(latest), rules.timeZone).date, 1);
  const isFree = (start: number, end: number) => !taken.some((t) => overlapsAt(t, start, end, t.kind === "time-off" ? 0 : buffer));
  for (let date = addDays(wallTimeAt(new Date(earliest), rules.timeZone).date, -1); date <= lastDate; date = addDays(date, 1)) {
    if (datesOff.has(date) || fullDays.has(date)) continue;
    const ranges = rules.weeklyHours[weekdayOf(date)];
    if (!ranges.length) continue;
    const offset = steadyOffset(date, rules.timeZone);
    for (const range of ranges) {
      for (let minutes = range.start; minutes + rules.meetingMinutes <= range.end; minutes += rules.slotIntervalMinutes) {
        if (offset !== undefined) {
          // The clock neither jumps nor repeats near this date: the wall time occurs once, the call ends inside the range.
          const start = Date.parse(`${date}T00:00:00Z`) + (minutes - offset) * MINUTE;
          if (start < earliest || start >= latest || !isFree(start, start + length)) continue;
          slots.push({ start: new Date(start), end: new Date(start + length) });
          continue;
        }
        for (const start of instantsForWallTime(date, minutes, rules.timeZone)) {
          const end = new Date(start.getTime() + length);
          if (start.getTime() < earliest || start.getTime() >= latest) continue;
          if (!endsWithinRange(end, date, range.end, rules.timeZone)) continue;
          if (!isFree(start.getTime(), end.getTime())) continue;
          slots.push({ start, end });
        }
      }
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}

const DAY = 24 * 60 * MINUTE;

/**
 * The zone's offset from UTC all through a date and a day either side of it, or undefined when the clock changes
 * then: read at the start of the day before, midday and the end of the day after (no zone changes its clock and back
 * within three days). On such a date a wall time is one instant found by arithmetic, without asking Intl for every
 * slot; on the few dates around a change each slot is worked out the careful way.
 */
function steadyOffset(date: string, timeZone: string): number | undefined {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const before = offsetMinutesAt(new Date(midnight - DAY), timeZone);
  if (offsetMinutesAt(new Date(midnight + DAY / 2), timeZone) !== before) return undefined;
  return offsetMinutesAt(new Date(midnight + 2 * DAY), timeZone) === before ? before : undefined;
}

/** Whether another intro call (not a calendar's busy time or time off) holds part of this time. */
export function heldByBooking(taken: readonly TakenTime[], start: Date, end: Date): boolean {
  return taken.some((t) => (t.kind ?? "booking") === "booking" && overlaps(t, start, end, 0));
}

function overlaps(taken: TakenTime, start: Date, end: Date, buffer: number): boolean {
  return overlapsAt(taken, start.getTime(), end.getTime(), buffer);
}

function overlapsAt(taken: TakenTime, start: number, end: number, buffer: number): boolean {
  return start < taken.end.getTime() + buffer && end + buffer > taken.start.getTime();
}

/** The consultant's dates that already hold as many calls as `maxCallsPerDay` allows. */
function daysAtCap(rules: AvailabilityRules, taken: readonly TakenTime[]): Set<string> {
  const full = new Set<string>();
  if (rules.maxCallsPerDay === undefined) return full;
  const calls = new Map<string, number>();
  for (const t of taken) {
    if ((t.kind ?? "booking") !== "booking") continue;
    const date = wallTimeAt(t.start, rules.timeZone).date;
    const count = (calls.get(date) ?? 0) + 1;
    calls.set(date, count);
    if (count >= rules.maxCallsPerDay) full.add(date);
  }
  return full;
}

// On the night clocks go forward, 01:30 plus 30 minutes is 03:00: past a range that ends at 02:00. A range that ends
// at 24:00 ends when the next day begins, which is 01:00 where clocks jump at midnight (Santiago, Beirut).
function endsWithinRange(end: Date, date: string, rangeEnd: number, timeZone: string): boolean {
  const wall = wallTimeAt(end, timeZone);
  if (wall.date === date) return wall.minutes <= rangeEnd;
  return rangeEnd === 24 * 60 && end.getTime() <= startOfDay(addDays(date, 1), timeZone).getTime();
}

/** Whether a slot starting at this instant is free to book under the rules, now. */
export function isSlotOffered(rules: AvailabilityRules, taken: readonly TakenTime[], now: Date, start: Date): boolean {
  const window = computeAvailableSlots(rules, taken, now, start, new Date(start.getTime() + MINUTE));
  return window.some((slot) => slot.start.getTime() === start.getTime());
}

/** The free slots closest in time to the one asked for, nearest first. */
export function nearestAvailableSlots(
  rules: AvailabilityRules,
  taken: readonly TakenTime[],
  now: Date,
  wanted: Date,
  count = 4,
): Slot[] {
  const all = computeAvailableSlots(rules, taken, now, now, new Date(now.getTime() + rules.daysAhead * 24 * 60 * MINUTE));
  return all
    .map((slot) => ({ slot, distance: Math.abs(slot.start.getTime() - wanted.getTime()) }))
    .sort((a, b) => a.distance - b.distance || a.slot.start.getTime() - b.slot.start.getTime())
    .slice(0, count)
    .map(({ slot }) => slot)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

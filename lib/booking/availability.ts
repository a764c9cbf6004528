import type { AvailabilityRules } from "../content/booking-schema";
import { addDays, instantsForWallTime, startOfDay, wallTimeAt, weekdayOf } from "../time/zoned-time";

export interface Slot {
  start: Date;
  end: Date;
}

/** A booking that holds its time: anything not cancelled. */
export interface TakenTime {
  start: Date;
  end: Date;
}

const MINUTE = 60_000;

/**
 * The times a visitor may book between `from` (inclusive) and `to` (exclusive), in UTC, earliest first.
 * Weekly hours are read as wall-clock times in the consultant's zone, date by date, so a daylight-saving change
 * moves the slots with the consultant's clock; a time the clock skips is never offered, a repeated one is offered
 * at each real instant it occurs. A slot is left out when it starts before `now` plus the minimum notice, after
 * `now` plus the days ahead, on a date off, or within the buffer of a taken booking.
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
  const slots: Slot[] = [];
  // A day either side: the consultant's date can differ from the UTC date by up to 14 hours.
  const lastDate = addDays(wallTimeAt(new Date(latest), rules.timeZone).date, 1);
  for (let date = addDays(wallTimeAt(new Date(earliest), rules.timeZone).date, -1); date <= lastDate; date = addDays(date, 1)) {
    if (datesOff.has(date)) continue;
    for (const range of rules.weeklyHours[weekdayOf(date)]) {
      for (let minutes = range.start; minutes + rules.meetingMinutes <= range.end; minutes += rules.slotIntervalMinutes) {
        for (const start of instantsForWallTime(date, minutes, rules.timeZone)) {
          const end = new Date(start.getTime() + length);
          if (start.getTime() < earliest || start.getTime() >= latest) continue;
          if (!endsWithinRange(end, date, range.end, rules.timeZone)) continue;
          if (taken.some((t) => start.getTime() < t.end.getTime() + buffer && end.getTime() + buffer > t.start.getTime())) continue;
          slots.push({ start, end });
        }
      }
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAvailableSlots, isSlotOffered, type TakenTime } from "@/lib/booking/availability";
import type { AvailabilityRules } from "@/lib/content/booking-schema";
import { PROPERTY_RUNS } from "./arbitraries";
import { addDays, offsetMinutesAt, startOfDay, wallTimeAt, weekdayOf, type Weekday } from "@/lib/time/zoned-time";

// The slot computation under random rules, in every zone the runtime knows, over a whole year: whatever the rules,
// no slot overlaps another or a taken time and its buffer, every slot lies inside the weekly hours on the
// consultant's own clock, and isSlotOffered agrees with the list. (Slots closer together than a call are offered as
// alternatives; those at least a call apart overlap only where the clock repeats an hour.)
// Each run covers a year of slots; a few dozen runs cover many zones, rules and DST changes.
const RUNS = Math.ceil(PROPERTY_RUNS / 80);
const MINUTE = 60_000;
const weekdays: Weekday[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** A day's hours: up to three ranges on five-minute marks, in order, not overlapping, ending by 24:00. */
const dayHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 288 }), { maxLength: 6 })
  .map((marks) => [...marks].sort((a, b) => a - b))
  .map((marks) => {
    const ranges: { start: number; end: number }[] = [];
    for (let i = 0; i + 1 < marks.length; i += 2) ranges.push({ start: marks[i]! * 5, end: marks[i + 1]! * 5 });
    return ranges;
  });

const rules = fc.record({
  timeZone: fc.constantFrom(...Intl.supportedValuesOf("timeZone")),
  meetingMinutes: fc.constant(30),
  slotIntervalMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60, 90),
  minimumNoticeHours: fc.constantFrom(0, 1, 24, 48),
  daysAhead: fc.constant(366),
  bufferMinutes: fc.constantFrom(0, 5, 15, 60, 240),
  weeklyHours: fc.tuple(dayHours, dayHours, dayHours, dayHours, dayHours, dayHours, dayHours).map(
    (days) => Object.fromEntries(weekdays.map((day, i) => [day, days[i]])) as AvailabilityRules["weeklyHours"],
  ),
  datesOff: fc.uniqueArray(fc.date({ min: new Date("2026-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { maxLength: 10 }),
  maxCallsPerDay: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
}).map((r): AvailabilityRules => r);

const now = fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2026-12-31T23:59:59Z"), noInvalidDate: true });
const taken = (from: fc.Arbitrary<Date>) =>
  fc.array(
    fc
      .tuple(from, fc.integer({ min: 1, max: 600 }), fc.constantFrom("booking", "calendar", "time-off") as fc.Arbitrary<TakenTime["kind"]>)
      .map(([start, minutes, kind]): TakenTime => ({ start, end: new Date(start.getTime() + minutes * MINUTE), kind })),
    { maxLength: 8 },
  );

function insideWeeklyHours(r: AvailabilityRules, start: Date, end: Date): boolean {
  const wall = wallTimeAt(start, r.timeZone);
  if (r.datesOff.includes(wall.date)) return false;
  const wallEnd = wallTimeAt(end, r.timeZone);
  return r.weeklyHours[weekdayOf(wall.date)].some((range) => {
    if (wall.minutes < range.start || (wall.minutes - range.start) % r.slotIntervalMinutes !== 0) return false;
    if (wallEnd.date === wall.date) return wallEnd.minutes <= range.end;
    return range.end === 24 * 60 && end.getTime() <= startOfDay(addDays(wall.date, 1), r.timeZone).getTime();
  });
}

/** The case the generator found first: a Saturday until 22:15 on Easter Island, the night its clocks go back. */
const easterIsland: AvailabilityRules = {
  timeZone: "Pacific/Easter",
  meetingMinutes: 30,
  slotIntervalMinutes: 45,
  minimumNoticeHours: 0,
  daysAhead: 366,
  bufferMinutes: 0,
  weeklyHours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [{ start: 0, end: 1335 }], sunday: [] },
  datesOff: [],
  maxCallsPerDay: undefined,
};

describe("free slots under any rules, in any zone, over a year", () => {
  it("never repeat or overlap each other or a taken time with its buffer, sit inside the weekly hours, and agree with isSlotOffered", () => {
    fc.assert(
      fc.property(rules, now, fc.integer({ min: 0, max: 400 }), (r, at, seed) => {
        const year = new Date(at.getTime() + 366 * 86_400_000);
        const busy = fc.sample(taken(fc.date({ min: at, max: year, noInvalidDate: true })), { numRuns: 1, seed })[0]!;
        const slots = computeAvailableSlots(r, busy, at, at, year);
        const buffer = r.bufferMinutes * MINUTE;
        const earliest = at.getTime() + r.minimumNoticeHours * 60 * MINUTE;
        for (const [i, slot] of slots.entries()) {
          expect(slot.end.getTime() - slot.start.getTime()).toBe(30 * MINUTE);
          expect(slot.start.getTime()).toBeGreaterThanOrEqual(earliest);
          // Starts closer together than a call are alternatives, not two calls; at 30 minutes or more apart, none overlap,
          // but where the clock goes back and repeats an hour (Pacific/Easter, 4 April 2026: 21:45 the first time ends
          // after 21:00 the second time starts), and booking one then takes the other.
          const previous = slots[i - 1];
          if (previous) {
            expect(slot.start.getTime()).toBeGreaterThan(previous.start.getTime());
            const clockWentBack = offsetMinutesAt(slot.start, r.timeZone) < offsetMinutesAt(previous.start, r.timeZone);
            if (r.slotIntervalMinutes >= 30 && !clockWentBack) expect(slot.start.getTime()).toBeGreaterThanOrEqual(previous.end.getTime());
          }
          for (const t of busy) {
            const apart = t.kind === "time-off" ? 0 : buffer;
            expect(slot.start.getTime() < t.end.getTime() + apart && slot.end.getTime() + apart > t.start.getTime()).toBe(false);
          }
          if (r.maxCallsPerDay !== undefined) {
            const date = wallTimeAt(slot.start, r.timeZone).date;
            const callsThatDay = busy.filter((t) => t.kind === "booking" && wallTimeAt(t.start, r.timeZone).date === date).length;
            expect(callsThatDay).toBeLessThan(r.maxCallsPerDay);
          }
          expect(insideWeeklyHours(r, slot.start, slot.end)).toBe(true);
        }
        // A sample of the list and of instants off it: isSlotOffered says the same as the list.
        const listed = new Set(slots.map((slot) => slot.start.getTime()));
        const picks = fc.sample(fc.constantFrom(...(slots.length ? slots.map((slot) => slot.start) : [at])), { numRuns: 10, seed });
        const others = fc.sample(fc.integer({ min: 0, max: 366 * 288 }).map((n) => new Date(Math.ceil(at.getTime() / (5 * MINUTE)) * 5 * MINUTE + n * 5 * MINUTE)), { numRuns: 10, seed });
        for (const start of [...picks, ...others]) expect(isSlotOffered(r, busy, at, start)).toBe(listed.has(start.getTime()));
      }),
      { numRuns: RUNS, examples: [[easterIsland, new Date("2026-04-01T00:00:00Z"), 0]] },
    );
  }, 240_000);
});

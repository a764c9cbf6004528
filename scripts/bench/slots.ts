// Times the slot computation (computeAvailableSlots, lib/booking/availability.ts) for the booking window of the
// site's own rules (content/booking.yaml, 21 days) against a realistic set of taken times: a dozen booked calls,
// a block of time off and a busy work calendar. Pure: no database, no server.
// Usage: npx tsx scripts/bench/slots.ts   (or import { benchSlots } from a larger bench)
import path from "node:path";
import { computeAvailableSlots, type TakenTime } from "../../lib/booking/availability";
import { readBookingSettings } from "../../lib/content/booking-settings";
import { startOfDay, addDays, wallTimeAt } from "../../lib/time/zoned-time";

export interface SlotsBenchResult {
  /** Median time of one computation of the whole window. */
  medianMs: number;
  p95Ms: number;
  runs: number;
  /** How many slots one computation offers, and against how many taken times. */
  slots: number;
  taken: number;
  days: number;
  timeZone: string;
}

const MINUTE = 60_000;

/** Booked calls every other working day, a day of time off, and calendar meetings twice a day. */
function takenTimes(timeZone: string, now: Date, days: number): TakenTime[] {
  const taken: TakenTime[] = [];
  const today = wallTimeAt(now, timeZone).date;
  for (let day = 1; day <= days; day++) {
    const start = startOfDay(addDays(today, day), timeZone).getTime();
    if (day % 2 === 0) taken.push({ start: new Date(start + (10 * 60 + 30) * MINUTE), end: new Date(start + 11 * 60 * MINUTE), kind: "booking" });
    taken.push({ start: new Date(start + 9 * 60 * MINUTE), end: new Date(start + (9 * 60 + 45) * MINUTE), kind: "calendar" });
    taken.push({ start: new Date(start + 14 * 60 * MINUTE), end: new Date(start + 15 * 60 * MINUTE), kind: "calendar" });
  }
  const off = startOfDay(addDays(today, 9), timeZone);
  taken.push({ start: off, end: new Date(off.getTime() + 24 * 60 * MINUTE), kind: "time-off" });
  return taken;
}

export async function benchSlots({ runs = 200, contentDir = path.resolve("content") } = {}): Promise<SlotsBenchResult> {
  const rules = readBookingSettings(contentDir);
  const now = new Date();
  const to = new Date(now.getTime() + rules.daysAhead * 24 * 60 * MINUTE);
  const taken = takenTimes(rules.timeZone, now, rules.daysAhead);
  let slots = 0;
  // Warm up, as a running server is: the formatters are made and the code compiled.
  for (let i = 0; i < 20; i++) slots = computeAvailableSlots(rules, taken, now, now, to).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    computeAvailableSlots(rules, taken, now, now, to);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3));
  return { medianMs: at(0.5), p95Ms: at(0.95), runs, slots, taken: taken.length, days: rules.daysAhead, timeZone: rules.timeZone };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  void benchSlots().then((result) => {
    console.log(`computeAvailableSlots, ${result.days} days in ${result.timeZone}: ${result.slots} slots against ${result.taken} taken times`);
    console.log(`median ${result.medianMs} ms, p95 ${result.p95Ms} ms over ${result.runs} runs (target: under 2 ms)`);
  });
}

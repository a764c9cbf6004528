import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  addTimeOff,
  describeTimeOff,
  listTimeOffItems,
  removeTimeOff,
  TIME_OFF_NOTE_MAX_LENGTH,
  timeOffPageState,
  type AddTimeOffOutcome,
  type TimeOffFormValues,
} from "@/lib/admin/time-off";
import type { BookingContext } from "@/lib/booking/context";
import { createBooking, findTakenTimes, listAvailableSlots } from "@/lib/booking/service";
import type { Storage } from "@/lib/db/connect";
import { findBookingById, setBookingStatus } from "@/lib/db/bookings";
import { findTimeOffTimes, insertTimeOff, listTimeOffEndingAfter } from "@/lib/db/time-off";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinContext, berlinMail, founder } from "../booking/booking-fixtures";
import { rulesIn, starts } from "../booking/rules";

const form = (fields: Partial<TimeOffFormValues> | { timeOffId: string }) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const HOUR = 3_600_000;
/** Dates and times as written, with the narrow spaces Intl puts around "–" and before "AM" made plain. */
const plain = (text: string) => text.replace(/[\u2009\u202f]/g, " ");

/** New York office hours, a 15-minute buffer, no notice: the consultant's clock goes back an hour on 1 November 2026. */
const newYorkRules = rulesIn("America/New_York", { bufferMinutes: 15, daysAhead: 60 });
/** Tuesday 20 October 2026, 08:00 in New York. */
const NOW = new Date("2026-10-20T12:00:00Z");

function newYorkContext(storage: Storage, now = NOW): BookingContext {
  const base = berlinContext(storage, now);
  return { ...base, settings: { ...base.settings, ...newYorkRules } };
}

function added(outcome: AddTimeOffOutcome) {
  if (outcome.kind !== "added") throw new Error(`not added: ${JSON.stringify(outcome.fieldErrors)}`);
  return outcome;
}

describe("the time-off form says what is wrong, next to each field", () => {
  // A refused form never reaches the database.
  const unreachable = async (): Promise<Storage> => {
    throw new Error("a refused form must not touch the storage");
  };
  const context: BookingContext = { ...newYorkContext(undefined as unknown as Storage), storage: unreachable };
  const errorsOf = async (fields: Partial<TimeOffFormValues>) => {
    const outcome = await addTimeOff(context, form(fields));
    if (outcome.kind !== "invalid") throw new Error("expected the form to be refused");
    return outcome.fieldErrors;
  };

  it("asks for the first day, and for dates and times in their format", async () => {
    expect(await errorsOf({})).toEqual({ from: "Enter the first day off." });
    expect(await errorsOf({ from: "2026-11-31" })).toEqual({ from: "Enter the date as YYYY-MM-DD." });
    expect(await errorsOf({ from: "2026-11-02", to: "next friday" })).toEqual({ to: "Enter the date as YYYY-MM-DD, or leave it empty for one day." });
    expect(await errorsOf({ from: "2026-11-02", startTime: "9am", endTime: "24:00" })).toEqual({
      startTime: "Enter the time as HH:MM, on a 24-hour clock.",
      endTime: "Enter the time as HH:MM, on a 24-hour clock.",
    });
  });

  it("reports every field's problem at once and gives back what was typed", async () => {
    const note = "n".repeat(TIME_OFF_NOTE_MAX_LENGTH + 1);
    const outcome = await addTimeOff(context, form({ from: "", to: "2026-11-03", note }));
    expect(outcome).toEqual({
      kind: "invalid",
      fieldErrors: { from: "Enter the first day off.", note: `The note can be at most ${TIME_OFF_NOTE_MAX_LENGTH} characters.` },
      values: { from: "", to: "2026-11-03", startTime: "", endTime: "", note },
    });
  });

  it("wants both times or neither, the last day not before the first, and the end after the start", async () => {
    expect(await errorsOf({ from: "2026-11-02", startTime: "09:00" })).toEqual({ endTime: "Enter an end time as well, or neither for whole days." });
    expect(await errorsOf({ from: "2026-11-02", endTime: "12:00" })).toEqual({ startTime: "Enter a start time as well, or neither for whole days." });
    expect(await errorsOf({ from: "2026-11-05", to: "2026-11-04" })).toEqual({ to: "The last day cannot be before the first." });
    expect(await errorsOf({ from: "2026-11-02", startTime: "12:00", endTime: "09:00" })).toEqual({ endTime: "The end must be after the start." });
    expect(await errorsOf({ from: "2026-11-02", startTime: "09:00", endTime: "09:00" })).toEqual({ endTime: "The end must be after the start." });
  });

  it("refuses a time the clocks skip, time off already over, and more than 366 days", async () => {
    // New York springs forward at 02:00 on 14 March 2027.
    expect(await errorsOf({ from: "2027-03-14", startTime: "02:30", endTime: "04:00" })).toEqual({
      startTime: "The clocks skip 02:30 on 2027-03-14 in America/New_York: choose another time.",
    });
    const over = "That time off would already be over: choose a time still to come.";
    expect(await errorsOf({ from: "2026-10-19" })).toEqual({ from: over });
    expect(await errorsOf({ from: "2026-10-12", to: "2026-10-19" })).toEqual({ to: over });
    // Today until 08:00 in New York: over at this very moment.
    expect(await errorsOf({ from: "2026-10-20", startTime: "06:00", endTime: "08:00" })).toEqual({ endTime: over });
    expect(await errorsOf({ from: "2026-11-02", to: "2027-11-03" })).toEqual({ to: "Time off can be at most 366 days long." });
    expect(await errorsOf({ from: "2026-11-02", to: "2027-11-04", startTime: "09:00", endTime: "09:00" })).toEqual({
      to: "Time off can be at most 366 days long.",
    });
  });
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the consultant's time off, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    let context: BookingContext;
    beforeAll(async () => {
      test = await backend.create();
      context = newYorkContext(test.storage);
    });
    afterAll(async () => {
      await test?.cleanUp();
    });
    beforeEach(async () => {
      await test.storage.db.deleteFrom("time_off").execute();
      await test.storage.db.deleteFrom("outbox").execute();
      await test.storage.db.deleteFrom("booking_manage_links").execute();
      await test.storage.db.deleteFrom("bookings").execute();
    });

    it("a whole day is the consultant's whole day: 1 November 2026 in New York is 25 hours long", async () => {
      const { block, bookings, next } = added(await addTimeOff(context, form({ from: "2026-11-01", note: "Marathon" })));
      expect(block.start.toISOString()).toBe("2026-11-01T04:00:00.000Z");
      expect(block.end.toISOString()).toBe("2026-11-02T05:00:00.000Z");
      expect(block.end.getTime() - block.start.getTime()).toBe(25 * HOUR);
      expect(block.note).toBe("Marathon");
      expect(bookings).toEqual([]);
      expect(next).toBe(`/admin/time-off?added=${block.id}`);
      expect(plain(describeTimeOff(block, "America/New_York"))).toBe("Sunday, November 1, 2026 (all day)");
    });

    it("a range of days runs from the first day's start to the end of the last", async () => {
      const { block } = added(await addTimeOff(context, form({ from: "2026-10-30", to: "2026-11-02", note: "  Conference\u0000 " })));
      expect(block.start.toISOString()).toBe("2026-10-30T04:00:00.000Z");
      expect(block.end.toISOString()).toBe("2026-11-03T05:00:00.000Z");
      expect(block.note).toBe("Conference");
      expect(plain(describeTimeOff(block, "America/New_York"))).toBe("Friday, October 30 – Monday, November 2, 2026 (whole days)");
      // As long as a year may be.
      expect((await addTimeOff(context, form({ from: "2026-11-02", to: "2027-11-02" }))).kind).toBe("added");
    });

    it("hours block from the first day's start time to the last day's end time, on the consultant's clock", async () => {
      const dentist = added(await addTimeOff(context, form({ from: "2026-11-03", startTime: "09:00", endTime: "12:30", note: "Dentist" }))).block;
      expect([dentist.start.toISOString(), dentist.end.toISOString()]).toEqual(["2026-11-03T14:00:00.000Z", "2026-11-03T17:30:00.000Z"]);
      expect(plain(describeTimeOff(dentist, "America/New_York"))).toBe("Tuesday, November 3, 2026, 9:00 AM – 12:30 PM");

      // Before the clocks go back (EDT) to after (EST).
      const trip = added(await addTimeOff(context, form({ from: "2026-10-31", to: "2026-11-01", startTime: "13:00", endTime: "10:00" }))).block;
      expect([trip.start.toISOString(), trip.end.toISOString()]).toEqual(["2026-10-31T17:00:00.000Z", "2026-11-01T15:00:00.000Z"]);
      expect(plain(describeTimeOff(trip, "America/New_York"))).toBe("Saturday, October 31, 2026 at 1:00 PM – Sunday, November 1, 2026 at 10:00 AM");

      expect(await findTimeOffTimes(test.storage.db, NOW)).toEqual([
        { start: trip.start, end: trip.end, kind: "time-off" },
        { start: dentist.start, end: dentist.end, kind: "time-off" },
      ]);
    });

    it("calls already booked inside a new block are listed with their pages, and stay booked", async () => {
      const inside = await createBooking(test.storage, newYorkRules, NOW, founder({ start: new Date("2026-11-04T15:00:00Z") }), berlinMail);
      const alsoInside = await createBooking(
        test.storage,
        newYorkRules,
        NOW,
        founder({ email: "grace@founder.example", name: "Grace Hopper", start: new Date("2026-11-05T19:00:00Z") }),
        berlinMail,
      );
      const cancelled = await createBooking(test.storage, newYorkRules, NOW, founder({ email: "c@founder.example", start: new Date("2026-11-04T18:00:00Z") }), berlinMail);
      const outside = await createBooking(test.storage, newYorkRules, NOW, founder({ email: "o@founder.example", start: new Date("2026-11-06T15:00:00Z") }), berlinMail);
      for (const outcome of [inside, alsoInside, cancelled, outside]) expect(outcome.kind).toBe("booked");
      if (inside.kind !== "booked" || alsoInside.kind !== "booked" || cancelled.kind !== "booked" || outside.kind !== "booked") return;
      await setBookingStatus(test.storage.db, cancelled.booking.id, "cancelled", NOW);

      const { block, bookings } = added(await addTimeOff(context, form({ from: "2026-11-04", to: "2026-11-05" })));
      expect(bookings.map((booking) => booking.id)).toEqual([inside.booking.id, alsoInside.booking.id]);
      for (const id of [inside.booking.id, alsoInside.booking.id]) expect((await findBookingById(test.storage.db, id))?.status).toBe("confirmed");

      const items = await listTimeOffItems(context);
      const written = items.map((item) => ({ ...item, when: plain(item.when), bookings: item.bookings.map((b) => ({ ...b, when: plain(b.when) })) }));
      expect(written).toEqual([
        {
          id: block.id,
          when: "Wednesday, November 4 – Thursday, November 5, 2026 (whole days)",
          bookings: [
            { id: inside.booking.id, href: `/admin/bookings/${inside.booking.id}`, when: "Wednesday, November 4, 2026, 10:00 – 10:30 AM", name: "Ada Lovelace" },
            { id: alsoInside.booking.id, href: `/admin/bookings/${alsoInside.booking.id}`, when: "Thursday, November 5, 2026, 2:00 – 2:30 PM", name: "Grace Hopper" },
          ],
          callsInside: "2 calls are booked inside it, not cancelled — move or cancel each from its page:",
        },
      ]);
      // The page after adding names the block it was sent to, and no other.
      expect(timeOffPageState({ added: block.id }, items)).toEqual({ added: items[0] });
      expect(timeOffPageState({ added: "someone-else" }, items)).toEqual({});
    });

    it("lists time off under way and to come, earliest first; what is over drops out", async () => {
      const { db } = test.storage;
      await insertTimeOff(db, { id: "over", start: new Date("2026-10-10T04:00:00Z"), end: new Date("2026-10-11T04:00:00Z"), createdAt: NOW });
      await insertTimeOff(db, { id: "under-way", start: new Date("2026-10-20T04:00:00Z"), end: new Date("2026-10-21T04:00:00Z"), createdAt: NOW });
      await insertTimeOff(db, { id: "later", start: new Date("2026-12-01T05:00:00Z"), end: new Date("2026-12-02T05:00:00Z"), note: "Holiday", createdAt: NOW });
      expect((await listTimeOffEndingAfter(db, NOW)).map((block) => block.id)).toEqual(["under-way", "later"]);
      expect(await listTimeOffItems(context)).toEqual([
        { id: "under-way", when: "Tuesday, October 20, 2026 (all day)", bookings: [], callsInside: "No calls are booked inside it." },
        { id: "later", when: "Tuesday, December 1, 2026 (all day)", note: "Holiday", bookings: [], callsInside: "No calls are booked inside it." },
      ]);
    });

    it("removes a block, and says so; removing it again, or an id no block has, changes nothing", async () => {
      const { block } = added(await addTimeOff(context, form({ from: "2026-11-02" })));
      const done = await removeTimeOff(context, form({ timeOffId: block.id }));
      expect(done).toBe("/admin/time-off?done=removed");
      expect(timeOffPageState({ done: "removed" }, [])).toEqual({ done: "Time off removed. Founders can book that time again." });
      expect(await listTimeOffItems(context)).toEqual([]);
      for (const id of [block.id, "no\u0000such", "x".repeat(101)]) {
        const next = await removeTimeOff(context, form({ timeOffId: id }));
        expect(next).toBe("/admin/time-off?problem=not-found");
      }
      expect(timeOffPageState({ problem: "not-found" }, [])).toEqual({ problem: "That time off was already removed." });
    });

    it("founders see no times on a blocked day, and see them again once it is removed", async () => {
      const monday = [new Date("2026-11-02T05:00:00Z"), new Date("2026-11-03T05:00:00Z")] as const;
      const before = await listAvailableSlots(test.storage, newYorkRules, NOW, ...monday);
      expect(before).toHaveLength(14);
      const { block } = added(await addTimeOff(context, form({ from: "2026-11-02" })));
      expect(await listAvailableSlots(test.storage, newYorkRules, NOW, ...monday)).toEqual([]);
      // The days either side keep their times.
      expect(await listAvailableSlots(test.storage, newYorkRules, NOW, new Date("2026-11-03T05:00:00Z"), new Date("2026-11-04T05:00:00Z"))).toHaveLength(14);
      await removeTimeOff(context, form({ timeOffId: block.id }));
      expect(await listAvailableSlots(test.storage, newYorkRules, NOW, ...monday)).toEqual(before);
    });

    it("time off is closed exactly: the buffer kept around calls does not widen it", async () => {
      const tuesday = [new Date("2026-11-03T14:00:00Z"), new Date("2026-11-03T17:00:00Z")] as const; // 09:00–12:00
      added(await addTimeOff(context, form({ from: "2026-11-03", startTime: "10:00", endTime: "11:00" })));
      expect((await findTakenTimes(test.storage.db, newYorkRules, NOW)).map((taken) => taken.kind)).toEqual(["time-off"]);
      // 09:30–10:00 ends just as the time off starts and 11:00 starts just as it ends: both still offered.
      expect(starts(await listAvailableSlots(test.storage, newYorkRules, NOW, ...tuesday))).toEqual([
        "2026-11-03T14:00:00.000Z",
        "2026-11-03T14:30:00.000Z",
        "2026-11-03T16:00:00.000Z",
        "2026-11-03T16:30:00.000Z",
      ]);

      // A call at the same hour, by contrast, keeps its 15 minutes free either side: 09:30 and 10:30 close too.
      await test.storage.db.deleteFrom("time_off").execute();
      expect((await createBooking(test.storage, newYorkRules, NOW, founder({ start: new Date("2026-11-03T15:00:00Z") }), berlinMail)).kind).toBe("booked");
      expect(starts(await listAvailableSlots(test.storage, newYorkRules, NOW, ...tuesday))).toEqual([
        "2026-11-03T14:00:00.000Z",
        "2026-11-03T16:00:00.000Z",
        "2026-11-03T16:30:00.000Z",
      ]);
    });

    it("a founder cannot book a time inside time off, even from a page loaded before it was blocked", async () => {
      added(await addTimeOff(context, form({ from: "2026-11-03", startTime: "10:00", endTime: "11:00" })));
      const outcome = await createBooking(test.storage, newYorkRules, NOW, founder({ start: new Date("2026-11-03T15:00:00Z") }), berlinMail);
      expect(outcome).toMatchObject({ kind: "unavailable", reason: "closed" });
    });
  });
}

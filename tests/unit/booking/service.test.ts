import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBooking, listAvailableSlots } from "@/lib/booking/service";
import { countBookings, findBookingById, insertBooking, setBookingStatus } from "@/lib/db/bookings";
import { isUniqueViolation } from "@/lib/db/write-transaction";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW, OPEN_SLOT } from "./booking-fixtures";

const HALF_HOUR = 30 * 60_000;

for (const backend of backends) {
  describe.skipIf(backend.skip)(`booking the intro call, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    beforeEach(async () => {
      test = await backend.create();
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    it("a call held earlier today counts against the daily cap: the rest of the day offers nothing", async () => {
      const rules = { ...berlinRules, minimumNoticeHours: 0, maxCallsPerDay: 1 };
      // Booked at 07:00 for 09:00 in Berlin; now it is 10:00 and the call is over.
      const morning = await createBooking(test.storage, rules, new Date("2026-06-01T05:00:00Z"), founder({ start: new Date("2026-06-01T07:00:00Z") }), berlinMail);
      expect(morning.kind).toBe("booked");
      const endOfMonday = new Date("2026-06-01T22:00:00Z");
      expect(await listAvailableSlots(test.storage, rules, NOW, NOW, endOfMonday)).toEqual([]);
      const tuesday = await listAvailableSlots(test.storage, rules, NOW, endOfMonday, new Date("2026-06-02T22:00:00Z"));
      expect(tuesday).toHaveLength(14);
      expect(await createBooking(test.storage, rules, NOW, founder({ email: "b@example.com", start: new Date("2026-06-01T12:00:00Z") }), berlinMail)).toMatchObject({
        kind: "unavailable",
        reason: "closed",
      });
    });

    it("a founder books a free slot: one confirmed 30-minute booking with everything they told us", async () => {
      const outcome = await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail);
      expect(outcome.kind).toBe("booked");
      if (outcome.kind !== "booked") return;
      expect(outcome.booking.start.toISOString()).toBe(OPEN_SLOT.toISOString());
      expect(outcome.booking.end.getTime() - outcome.booking.start.getTime()).toBe(HALF_HOUR);
      expect(outcome.booking.status).toBe("confirmed");
      const row = await findBookingById(test.storage.db, outcome.booking.id);
      expect(row).toMatchObject({
        name: "Ada Lovelace",
        email: "ada@analytical.example",
        company: "Analytical Engines",
        teamSize: "11–25",
        engagement: "scoping",
        source: "/notes/what-ai-operations-actually-means",
        timeZone: "Asia/Kolkata",
        start: new Date("2026-06-03T07:00:00.000Z"),
        end: new Date("2026-06-03T07:30:00.000Z"),
        createdAt: NOW,
      });
      expect(row!.readiness).toEqual(["shelved-tools", "undone-work"]);
    });

    it("a second visitor cannot book the same time, and is offered the nearest free times instead", async () => {
      await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail);
      const second = await createBooking(test.storage, berlinRules, NOW, founder({ name: "Grace", email: "grace@example.com" }), berlinMail);
      expect(second).toMatchObject({ kind: "unavailable", reason: "taken" });
      if (second.kind !== "unavailable") return;
      const nearest = second.nearest.map((slot) => slot.start.toISOString());
      expect(nearest.length).toBeGreaterThan(0);
      expect(nearest).not.toContain(OPEN_SLOT.toISOString());
      // 09:30 falls inside the 15-minute buffer after 09:00–09:30; 10:00 is the nearest free time that day.
      expect(nearest).toContain("2026-06-03T08:00:00.000Z");
      expect(nearest).not.toContain("2026-06-03T07:30:00.000Z");
      expect(await countBookings(test.storage.db)).toBe(1);
    });

    it("the slot right after a booking is refused because of the buffer: no longer available, not 'just booked'", async () => {
      await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail);
      const next = await createBooking(test.storage, berlinRules, NOW, founder({ start: new Date(OPEN_SLOT.getTime() + HALF_HOUR) }), berlinMail);
      expect(next).toMatchObject({ kind: "unavailable", reason: "closed" });
    });

    it("a long buffer still closes slots after a call that ended hours ago (the look-back follows the buffer)", async () => {
      const rules = { ...berlinRules, minimumNoticeHours: 0, bufferMinutes: 240 };
      // Booked on Monday for Wednesday 09:00-09:30 Berlin; it is now Wednesday 11:00, an hour and a half after it ended.
      expect((await createBooking(test.storage, rules, NOW, founder(), berlinMail)).kind).toBe("booked");
      const later = new Date(OPEN_SLOT.getTime() + 2 * 60 * 60_000);
      const slots = await listAvailableSlots(test.storage, rules, later, later, new Date(later.getTime() + 6 * 60 * 60_000));
      // Free again only four hours after 09:30: 13:30 Berlin.
      expect(slots[0]?.start.toISOString()).toBe("2026-06-03T11:30:00.000Z");
      const tooSoon = await createBooking(test.storage, rules, later, founder({ email: "grace@example.com", start: new Date("2026-06-03T11:00:00Z") }), berlinMail);
      expect(tooSoon).toMatchObject({ kind: "unavailable", reason: "closed" });
    });

    it("a past slot, one inside the minimum notice, one outside hours and one off the half hour are never stored", async () => {
      for (const start of ["2026-05-29T07:00:00Z", "2026-06-01T12:00:00Z", "2026-06-03T03:00:00Z", "2026-06-03T07:10:00Z"]) {
        const outcome = await createBooking(test.storage, berlinRules, NOW, founder({ start: new Date(start) }), berlinMail);
        expect(outcome, start).toMatchObject({ kind: "unavailable", reason: "not-offered" });
      }
      expect(await countBookings(test.storage.db)).toBe(0);
    });

    it("a cancelled booking frees its time for someone else", async () => {
      const first = await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail);
      if (first.kind !== "booked") throw new Error("the first booking should succeed");
      await setBookingStatus(test.storage.db, first.booking.id, "cancelled", NOW);
      const again = await createBooking(test.storage, berlinRules, NOW, founder({ email: "grace@example.com" }), berlinMail);
      expect(again.kind).toBe("booked");
      expect(await countBookings(test.storage.db)).toBe(2);
    });

    it("the database itself refuses a second live booking of one start time, even when the application does not check", async () => {
      const row = { start: OPEN_SLOT, end: new Date(OPEN_SLOT.getTime() + HALF_HOUR), name: "A", email: "a@example.com", readiness: [], timeZone: "UTC", createdAt: NOW };
      const hash = (id: string) => ({ id, manageTokenHash: `hash-${id}` });
      await insertBooking(test.storage.db, { ...row, ...hash("first") });
      const refusal = await insertBooking(test.storage.db, { ...row, ...hash("second") }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isUniqueViolation(refusal)).toBe(true);
      await setBookingStatus(test.storage.db, "first", "cancelled", NOW);
      await expect(insertBooking(test.storage.db, { ...row, ...hash("third") })).resolves.toMatchObject({ id: "third" });
    });

    it("the free slots no longer include a booked time or its buffer", async () => {
      const day = [new Date("2026-06-03T00:00:00Z"), new Date("2026-06-04T00:00:00Z")] as const;
      const before = await listAvailableSlots(test.storage, berlinRules, NOW, ...day);
      await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail);
      const after = (await listAvailableSlots(test.storage, berlinRules, NOW, ...day)).map((slot) => slot.start.toISOString());
      expect(before).toHaveLength(14);
      expect(after).toHaveLength(12);
      expect(after[0]).toBe("2026-06-03T08:00:00.000Z");
    });
  });
}

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findManageableBooking, moveBooking } from "@/lib/booking/lifecycle";
import { createBooking } from "@/lib/booking/service";
import { countBookings, findBookingById } from "@/lib/db/bookings";
import { listOutbox } from "@/lib/email/outbox-admin";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW, bookAt } from "./booking-fixtures";

const FIRST = new Date("2026-06-15T07:00:00Z"); // Monday 09:00 in Berlin
const SECOND = new Date("2026-06-17T12:00:00Z"); // Wednesday 14:00
const LATER = new Date(NOW.getTime() + 60 * 60_000);

for (const backend of backends) {
  describe.skipIf(backend.skip)(`a founder moves their booking, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    beforeEach(async () => {
      test = await backend.create();
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    const book = (start: Date, email?: string) => bookAt(test.storage, start, email);

    it("to another free time: the same booking moves, its SEQUENCE rises, the change email goes out and the reminder follows", async () => {
      const booking = await book(FIRST);
      const outcome = await moveBooking(test.storage, berlinRules, LATER, { token: booking.manageToken, start: SECOND }, berlinMail);
      expect(outcome.kind).toBe("moved");
      expect(await countBookings(test.storage.db)).toBe(1);
      expect(await findBookingById(test.storage.db, booking.id)).toMatchObject({
        start: SECOND,
        end: new Date("2026-06-17T12:30:00.000Z"),
        sequence: 1,
        status: "confirmed",
      });

      const outbox = await listOutbox(test.storage.db);
      const reminders = outbox.filter((email) => email.kind === "founder-reminder");
      expect(reminders.map((email) => [email.status, email.sendAfter]).sort()).toEqual([
        ["cancelled", "2026-06-14T07:00:00.000Z"],
        ["pending", "2026-06-16T12:00:00.000Z"],
      ]);
      expect(outbox.find((email) => email.kind === "consultant-moved")?.recipient).toBe("kofi@ko.example");
      // The withdrawn reminder's stored copy no longer holds the key; the new one does until it is sent.
      const stored = await test.storage.db.selectFrom("outbox").select(["status", "text_body"]).where("kind", "=", "founder-reminder").execute();
      expect(stored.find((row) => row.status === "cancelled")?.text_body).not.toContain(booking.manageToken);
      expect(stored.find((row) => row.status === "pending")?.text_body).toContain(booking.manageToken);
      const change = await test.storage.db.selectFrom("outbox").selectAll().where("kind", "=", "founder-moved").executeTakeFirstOrThrow();
      expect(change.ics).toMatch(/^METHOD:REQUEST\r$/m);
      expect(change.ics).toMatch(/^SEQUENCE:1\r$/m);
      expect(change.ics).toMatch(/^DTSTART:20260617T120000Z\r$/m);
      expect(change.ics).toContain(`UID:${booking.id}@ko.example`);
      // The manage link keeps working after the move.
      expect(change.text_body).toContain(`/book/manage/${booking.manageToken}`);
      expect((await findManageableBooking(test.storage, booking.manageToken, LATER))?.start).toEqual(SECOND);

      // The first time is free again.
      expect((await createBooking(test.storage, berlinRules, LATER, founder({ start: FIRST, email: "grace@example.com" }), berlinMail)).kind).toBe("booked");
    });

    it("to a time someone else holds (just booked), or within its buffer (no longer available): refused, the booking keeps its time, no email", async () => {
      const mine = await book(FIRST);
      await book(SECOND, "grace@example.com");
      const tries = [
        { start: SECOND, reason: "taken" },
        { start: new Date(SECOND.getTime() + 30 * 60_000), reason: "closed" },
      ];
      for (const { start, reason } of tries) {
        const outcome = await moveBooking(test.storage, berlinRules, LATER, { token: mine.manageToken, start }, berlinMail);
        expect(outcome).toMatchObject({ kind: "unavailable", reason });
      }
      expect((await findBookingById(test.storage.db, mine.id))?.start).toEqual(FIRST);
      expect((await listOutbox(test.storage.db)).filter((email) => email.kind === "founder-moved")).toEqual([]);
    });

    it("half an hour later than now: allowed even though the buffer touches its own current time", async () => {
      const booking = await book(FIRST);
      const outcome = await moveBooking(test.storage, berlinRules, LATER, { token: booking.manageToken, start: new Date(FIRST.getTime() + 30 * 60_000) }, berlinMail);
      expect(outcome.kind).toBe("moved");
    });

    it("outside the hours, to the same time, or with an unknown or used-up token: nothing changes", async () => {
      const booking = await book(FIRST);
      const move = (token: string, start: Date, at = LATER) => moveBooking(test.storage, berlinRules, at, { token, start }, berlinMail);
      expect(await move(booking.manageToken, new Date("2026-06-17T03:00:00Z"))).toMatchObject({ kind: "unavailable", reason: "not-offered" });
      expect(await move(booking.manageToken, FIRST)).toEqual({ kind: "unchanged" });
      expect(await move("A".repeat(43), SECOND)).toEqual({ kind: "gone" });
      expect(await move("not-a-token", SECOND)).toEqual({ kind: "gone" });
      // Once the call has started, the link no longer changes it.
      expect(await move(booking.manageToken, new Date("2026-06-18T07:00:00Z"), new Date("2026-06-15T07:10:00Z"))).toEqual({ kind: "gone" });
      expect((await findBookingById(test.storage.db, booking.id))).toMatchObject({ start: FIRST, sequence: 0 });
    });

    it("two moves of two bookings to one free time at once: one wins, the other keeps its time", async () => {
      const a = await book(FIRST);
      const b = await book(new Date("2026-06-16T07:00:00Z"), "grace@example.com");
      const outcomes = await Promise.all([a, b].map((booking) => moveBooking(test.storage, berlinRules, LATER, { token: booking.manageToken, start: SECOND }, berlinMail)));
      expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["moved", "unavailable"]);
      const starts = await test.storage.db.selectFrom("bookings").select("start_at").where("status", "<>", "cancelled").execute();
      expect(starts.filter((row) => row.start_at === SECOND.toISOString())).toHaveLength(1);
      expect(starts).toHaveLength(2);
    });
  });
}

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cancelBooking } from "@/lib/booking/lifecycle";
import { bookingTopic } from "@/lib/booking/notifications/booking-mail";
import { createBooking } from "@/lib/booking/service";
import { findBookingById } from "@/lib/db/bookings";
import { listOutbox } from "@/lib/email/outbox-admin";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW, OPEN_SLOT } from "./booking-fixtures";

const LATER = new Date(NOW.getTime() + 60 * 60_000);
/** Two weeks out, so the booking has a reminder waiting. */
const FAR_SLOT = new Date("2026-06-15T07:00:00Z");

for (const backend of backends) {
  describe.skipIf(backend.skip)(`cancelling a booking, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    beforeEach(async () => {
      test = await backend.create();
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    async function book(start = FAR_SLOT) {
      const outcome = await createBooking(test.storage, berlinRules, NOW, founder({ start }), berlinMail);
      if (outcome.kind !== "booked") throw new Error(`booking failed: ${JSON.stringify(outcome)}`);
      return outcome.booking;
    }

    it("a new booking puts the founder's confirmation, the consultant's notification and the reminder in the outbox", async () => {
      const booking = await book();
      const outbox = await listOutbox(test.storage.db);
      expect(outbox.map((email) => [email.kind, email.recipient, email.status]).sort()).toEqual([
        ["consultant-new-booking", "kofi@ko.example", "pending"],
        ["founder-confirmation", "ada@analytical.example", "pending"],
        ["founder-reminder", "ada@analytical.example", "pending"],
      ]);
      const reminder = outbox.find((email) => email.kind === "founder-reminder")!;
      expect(reminder.sendAfter).toBe(new Date(FAR_SLOT.getTime() - 24 * 60 * 60_000).toISOString());
      expect(outbox.every((email) => email.topic === bookingTopic(booking.id))).toBe(true);
    });

    it("the consultant cancels with a message: the time is free, the reminder is withdrawn, the founder is told with the message", async () => {
      const booking = await book();
      const outcome = await cancelBooking(test.storage, berlinMail, LATER, {
        bookingId: booking.id,
        by: "consultant",
        message: "I'm ill that week <b>sorry</b>; please pick another time.",
      });
      expect(outcome.kind).toBe("cancelled");
      const row = await findBookingById(test.storage.db, booking.id);
      expect(row).toMatchObject({ status: "cancelled", cancelledBy: "consultant", sequence: 1, updatedAt: LATER });

      const outbox = await listOutbox(test.storage.db);
      expect(outbox.find((email) => email.kind === "founder-reminder")?.status).toBe("cancelled");
      const toFounder = outbox.find((email) => email.kind === "founder-cancelled")!;
      expect(toFounder).toMatchObject({ recipient: "ada@analytical.example", status: "pending", hasInvite: true });
      expect(toFounder.textBody).toContain("I'm ill that week <b>sorry</b>; please pick another time.");
      expect(outbox.find((email) => email.kind === "consultant-cancelled")).toMatchObject({ recipient: "kofi@ko.example", status: "pending" });

      // The freed time can be booked again.
      const again = await createBooking(test.storage, berlinRules, LATER, founder({ start: FAR_SLOT, email: "grace@example.com" }), berlinMail);
      expect(again.kind).toBe("booked");
    });

    it("the founder's cancellation carries METHOD:CANCEL with the booking's UID and a raised SEQUENCE", async () => {
      const booking = await book();
      await cancelBooking(test.storage, berlinMail, LATER, { bookingId: booking.id, by: "founder" });
      const rows = await test.storage.db.selectFrom("outbox").select(["kind", "ics"]).where("ics", "is not", null).execute();
      const confirmation = rows.find((row) => row.kind === "founder-confirmation")!.ics!;
      const cancellation = rows.find((row) => row.kind === "founder-cancelled")!.ics!;
      const uid = (ics: string) => ics.match(/^UID:(.*)$/m)?.[1];
      expect(uid(cancellation)).toBe(`${booking.id}@ko.example`);
      expect(uid(cancellation)).toBe(uid(confirmation));
      expect(confirmation).toMatch(/^METHOD:REQUEST\r$/m);
      expect(confirmation).toMatch(/^SEQUENCE:0\r$/m);
      expect(cancellation).toMatch(/^METHOD:CANCEL\r$/m);
      expect(cancellation).toMatch(/^SEQUENCE:1\r$/m);
      expect(cancellation).toMatch(/^STATUS:CANCELLED\r$/m);
      expect((await findBookingById(test.storage.db, booking.id))?.cancelledBy).toBe("founder");
    });

    it("cancelling twice, an unknown booking or a call that is over changes nothing and sends nothing more", async () => {
      const booking = await book(OPEN_SLOT);
      expect(await cancelBooking(test.storage, berlinMail, new Date("2026-06-03T08:00:00Z"), { bookingId: booking.id, by: "consultant" })).toEqual({ kind: "past" });
      expect(await cancelBooking(test.storage, berlinMail, LATER, { bookingId: "no-such-booking", by: "consultant" })).toEqual({ kind: "not-found" });
      expect((await cancelBooking(test.storage, berlinMail, LATER, { bookingId: booking.id, by: "founder" })).kind).toBe("cancelled");
      expect(await cancelBooking(test.storage, berlinMail, LATER, { bookingId: booking.id, by: "founder" })).toEqual({ kind: "already-cancelled" });
      const cancellations = (await listOutbox(test.storage.db)).filter((email) => email.kind === "founder-cancelled");
      expect(cancellations).toHaveLength(1);
    });
  });
}

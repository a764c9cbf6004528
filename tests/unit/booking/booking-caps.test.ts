import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findManageableBooking } from "@/lib/booking/lifecycle";
import type { BookingGuard } from "@/lib/booking/booking-caps";
import { createBooking } from "@/lib/booking/service";
import { countBookings } from "@/lib/db/bookings";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW, OPEN_SLOT } from "./booking-fixtures";

const HOUR = 60 * 60_000;
const limits = { upcomingCallsPerEmail: 1, upcomingCallsPerAddress: 3 };
const from = (clientAddress: string): BookingGuard => ({ limits, clientAddress });
const slot = (hoursLater: number) => new Date(OPEN_SLOT.getTime() + hoursLater * HOUR);
/** Wednesday 09:00, 10:00, 11:00, 13:00 and 14:00 in Berlin: free times an hour apart, lunch left out. */
const times = [0, 1, 2, 4, 5].map(slot);

for (const backend of backends) {
  describe.skipIf(backend.skip)(`one person cannot fill the calendar, stored in ${backend.name}`, () => {
    if (backend.skip) it.skip(skipPostgresReason, () => {});
    let test: TestStorage;
    beforeEach(async () => {
      test = await backend.create();
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    const emailsTo = (recipient: string) =>
      test.storage.db.selectFrom("outbox").selectAll().where("recipient", "=", recipient).orderBy("created_at").execute();

    it("a second booking with the same email address (in any letter case) is refused, and the first call's link goes to that address", async () => {
      const first = await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail, from("198.51.100.7"));
      if (first.kind !== "booked") throw new Error(JSON.stringify(first));

      const again = await createBooking(test.storage, berlinRules, NOW, founder({ email: "ADA@analytical.example", start: slot(1) }), berlinMail, from("203.0.113.9"));
      expect(again).toEqual({ kind: "limit", which: "email" });
      expect(await countBookings(test.storage.db)).toBe(1);

      const reminder = (await emailsTo("ada@analytical.example")).find((email) => email.kind === "founder-already-booked");
      expect(reminder?.subject).toContain("Already booked");
      expect(reminder?.text_body).toContain("Wednesday, June 3");
      // The link in it is a new one, and it opens the same booking; the first link still works.
      const token = reminder!.text_body.match(/\/book\/manage\/([A-Za-z0-9_-]{43})/)![1]!;
      expect(token).not.toBe(first.booking.manageToken);
      expect((await findManageableBooking(test.storage, token, NOW))?.id).toBe(first.booking.id);
      expect((await findManageableBooking(test.storage, first.booking.manageToken, NOW))?.id).toBe(first.booking.id);
    });

    it("asking again and again sends the reminder of the existing call at most once an hour", async () => {
      await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail, from("198.51.100.7"));
      for (const minutes of [0, 10, 59]) {
        const at = new Date(NOW.getTime() + minutes * 60_000);
        expect((await createBooking(test.storage, berlinRules, at, founder({ start: slot(2) }), berlinMail, from("198.51.100.7"))).kind).toBe("limit");
      }
      const anHourOn = new Date(NOW.getTime() + 61 * 60_000);
      await createBooking(test.storage, berlinRules, anHourOn, founder({ start: slot(2) }), berlinMail, from("198.51.100.7"));
      const reminders = (await emailsTo("ada@analytical.example")).filter((email) => email.kind === "founder-already-booked");
      expect(reminders).toHaveLength(2);
    });

    it("a cancelled or finished call does not count: the founder can book again", async () => {
      const first = await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail, from("198.51.100.7"));
      if (first.kind !== "booked") throw new Error(JSON.stringify(first));
      await test.storage.db.updateTable("bookings").set({ status: "cancelled" }).execute();
      expect((await createBooking(test.storage, berlinRules, NOW, founder({ start: slot(1) }), berlinMail, from("198.51.100.7"))).kind).toBe("booked");
      const afterTheCall = new Date(slot(1).getTime() + HOUR);
      expect((await createBooking(test.storage, berlinRules, afterTheCall, founder({ start: slot(26) }), berlinMail, from("198.51.100.7"))).kind).toBe("booked");
    });

    it("one connection books at most three upcoming calls, whatever the addresses; another connection is not held up", async () => {
      for (const [i, email] of ["a@one.example", "b@two.example", "c@three.example"].entries()) {
        expect((await createBooking(test.storage, berlinRules, NOW, founder({ email, start: times[i] }), berlinMail, from("2001:db8::1"))).kind).toBe("booked");
      }
      const fourth = await createBooking(test.storage, berlinRules, NOW, founder({ email: "d@four.example", start: times[3] }), berlinMail, from("2001:db8::1"));
      expect(fourth).toEqual({ kind: "limit", which: "address" });
      const elsewhere = await createBooking(test.storage, berlinRules, NOW, founder({ email: "d@four.example", start: times[3] }), berlinMail, from("192.0.2.44"));
      expect(elsewhere.kind).toBe("booked");
      // Nothing about the address itself is stored, only a key derived from it.
      const keys = await test.storage.db.selectFrom("bookings").select("client_key").execute();
      expect(keys.map((row) => row.client_key).join(" ")).not.toContain("2001");
    });

    it("a connection whose address is unknown is not capped (the email cap still holds)", async () => {
      for (const [i, email] of ["a@one.example", "b@two.example", "c@three.example", "d@four.example"].entries()) {
        expect((await createBooking(test.storage, berlinRules, NOW, founder({ email, start: times[i] }), berlinMail, from("unknown"))).kind).toBe("booked");
      }
      expect((await createBooking(test.storage, berlinRules, NOW, founder({ email: "a@one.example", start: times[4] }), berlinMail, from("unknown"))).kind).toBe("limit");
    });
  });
}

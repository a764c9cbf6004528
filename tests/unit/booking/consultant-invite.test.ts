import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/service";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW } from "./booking-fixtures";

const FAR_SLOT = new Date("2026-06-15T07:00:00Z");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the consultant's new-booking email, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    beforeEach(async () => {
      test = await backend.create();
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    it("carries the same REQUEST invite as the founder's confirmation, without the founder's manage link", async () => {
      const outcome = await createBooking(test.storage, berlinRules, NOW, founder({ start: FAR_SLOT }), berlinMail);
      if (outcome.kind !== "booked") throw new Error("booking failed");
      const row = (kind: string) => test.storage.db.selectFrom("outbox").selectAll().where("kind", "=", kind).executeTakeFirstOrThrow();
      const [mine, theirs] = [await row("consultant-new-booking"), await row("founder-confirmation")];
      expect(mine.ics).toBeTruthy();
      const ics = unfold(mine.ics!);
      expect(ics).toMatch(/^METHOD:REQUEST\r$/m);
      expect(ics).toMatch(/^DTSTART:20260615T070000Z\r$/m);
      expect(ics.match(/^UID:.*$/m)?.[0]).toBe(unfold(theirs.ics!).match(/^UID:.*$/m)?.[0]);
      expect(ics.match(/^SEQUENCE:.*$/m)?.[0]).toBe(unfold(theirs.ics!).match(/^SEQUENCE:.*$/m)?.[0]);
      expect(ics).not.toContain("/book/manage/");
      expect(ics).not.toContain(outcome.booking.manageToken);
      expect(mine.text_body).toContain(`Open the booking: https://ko.example/admin/bookings/${outcome.booking.id}`);
      expect(mine.text_body + mine.html_body).not.toContain(outcome.booking.manageToken);
    });
  });
}

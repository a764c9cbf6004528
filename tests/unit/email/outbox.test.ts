import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/service";
import { listOutbox, listOutboxAttempts, retryOutboxMessage } from "@/lib/email/outbox-admin";
import { claimDueEmail, CLAIM_MS, recordFailure, recordSent } from "@/lib/email/outbox-claims";
import { retryDelayMs, type RetryPolicy } from "@/lib/email/retry-policy";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW } from "../booking/booking-fixtures";

const FAR_SLOT = new Date("2026-06-15T07:00:00Z");
const policy: RetryPolicy = { maxAttempts: 3, firstDelayMs: 60_000, maxDelayMs: 10 * 60_000 };
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe("how long a failed email waits before its next try", () => {
  it("doubles from the first wait and stops at the cap", () => {
    const waits = [1, 2, 3, 4, 5, 6].map((attempts) => retryDelayMs(attempts, policy) / 60_000);
    expect(waits).toEqual([1, 2, 4, 8, 10, 10]);
  });
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the outbox, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    let manageToken: string;
    beforeEach(async () => {
      test = await backend.create();
      const outcome = await createBooking(test.storage, berlinRules, NOW, founder({ start: FAR_SLOT }), berlinMail);
      if (outcome.kind !== "booked") throw new Error("booking failed");
      manageToken = outcome.booking.manageToken;
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    // The consultant's notification has gone already: the founder's confirmation is the one email due.
    const onlyConfirmationDue = () => test.storage.db.updateTable("outbox").set({ status: "sent" }).where("kind", "=", "consultant-new-booking").execute();
    const confirmationRow = () => test.storage.db.selectFrom("outbox").selectAll().where("kind", "=", "founder-confirmation").executeTakeFirstOrThrow();

    it("the founder's manage link waits in the outbox until sent, but the admin's view never shows its key", async () => {
      const stored = await confirmationRow();
      expect(stored.text_body).toContain(`https://ko.example/book/manage/${manageToken}`);
      expect(stored.ics!.replace(/\r\n[ \t]/g, "")).toContain(`https://ko.example/book/manage/${manageToken}`);
      const listed = (await listOutbox(test.storage.db)).find((email) => email.kind === "founder-confirmation")!;
      expect(listed.textBody).toContain("https://ko.example/book/manage/[link removed]");
      expect(JSON.stringify(await listOutbox(test.storage.db))).not.toContain(manageToken);
    });

    it("a sent email is kept without the key, with its attempt", async () => {
      await onlyConfirmationDue();
      const email = await claimDueEmail(test.storage.db, "sender-a", NOW);
      expect(email?.kind).toBe("founder-confirmation");
      await recordSent(test.storage.db, email!, "sender-a", NOW);
      const stored = await confirmationRow();
      expect(stored).toMatchObject({ status: "sent", attempts: 1, sent_at: NOW.toISOString(), claimed_by: null });
      expect(stored.text_body + stored.html_body).not.toContain(manageToken);
      // The invite's description carried the link too, folded across lines: its stored copy loses the key as well.
      expect(stored.ics).toContain("BEGIN:VCALENDAR");
      expect(stored.ics!.replace(/\r\n[ \t]/g, "")).toContain("Move or cancel: https://ko.example/book/manage/[link removed]");
      expect(stored.ics!.replace(/\r\n[ \t]/g, "")).not.toContain(manageToken);
      expect(stored.ics).not.toContain(manageToken.slice(-20));
      expect(await listOutboxAttempts(test.storage.db, stored.id)).toEqual([{ attemptedAt: NOW.toISOString(), outcome: "sent", error: null }]);
      // Only the reminder is left, and it is not due for two weeks.
      expect(await claimDueEmail(test.storage.db, "sender-a", later(60_000))).toBeUndefined();
    });

    it("a claimed email is not handed to a second sender until the first one's claim runs out", async () => {
      const first = await claimDueEmail(test.storage.db, "sender-a", NOW);
      const second = await claimDueEmail(test.storage.db, "sender-b", NOW);
      expect(second?.id).not.toBe(first?.id);
      expect(await claimDueEmail(test.storage.db, "sender-c", NOW)).toBeUndefined();
      const takenOver = await claimDueEmail(test.storage.db, "sender-c", later(CLAIM_MS));
      expect([first?.id, second?.id]).toContain(takenOver?.id);
    });

    it("an email that keeps failing is retried with growing waits, then marked failed; the admin's retry puts it back in line", async () => {
      await onlyConfirmationDue();
      const failUntilGivenUp = async () => {
        const outcomes: string[] = [];
        let at = NOW;
        for (;;) {
          const email = await claimDueEmail(test.storage.db, "sender-a", at);
          if (!email) break;
          outcomes.push(await recordFailure(test.storage.db, email, "sender-a", at, "connect ECONNREFUSED 127.0.0.1:2599", policy));
          const row = await confirmationRow();
          if (row.status === "pending") {
            expect(await claimDueEmail(test.storage.db, "sender-a", new Date(Date.parse(row.send_after) - 1000))).toBeUndefined();
            at = new Date(row.send_after);
          }
        }
        return outcomes;
      };
      expect(await failUntilGivenUp()).toEqual(["retrying", "retrying", "failed"]);
      const failed = (await listOutbox(test.storage.db, { status: "failed" }))[0]!;
      expect(failed).toMatchObject({ kind: "founder-confirmation", attempts: 3, lastError: "connect ECONNREFUSED 127.0.0.1:2599" });
      const attempts = await listOutboxAttempts(test.storage.db, failed.id);
      expect(attempts.map((attempt) => attempt.outcome)).toEqual(["failed", "failed", "failed"]);
      // The waits between tries: one minute, then two.
      expect(attempts.map((attempt) => Date.parse(attempt.attemptedAt) - NOW.getTime())).toEqual([0, 60_000, 180_000]);

      const retryAt = later(24 * 60 * 60_000);
      expect(await retryOutboxMessage(test.storage.db, failed.id, retryAt)).toBe("queued");
      const again = await claimDueEmail(test.storage.db, "sender-b", retryAt);
      expect(again).toMatchObject({ id: failed.id, attempts: 0, status: "pending" });
      await recordSent(test.storage.db, again!, "sender-b", retryAt);
      expect((await listOutbox(test.storage.db, { status: "sent" })).map((email) => email.id)).toContain(failed.id);
      expect(await listOutboxAttempts(test.storage.db, failed.id)).toHaveLength(4);
    });

    it("the admin cannot retry an email that has not failed, or one that does not exist", async () => {
      const pending = (await listOutbox(test.storage.db, { status: "pending" }))[0]!;
      expect(await retryOutboxMessage(test.storage.db, pending.id, NOW)).toBe("not-failed");
      expect(await retryOutboxMessage(test.storage.db, "no-such-email", NOW)).toBe("not-found");
    });
  });
}

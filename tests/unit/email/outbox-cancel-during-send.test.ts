import type { KyselyPlugin, QueryId } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/service";
import { openStorage, type Storage } from "@/lib/db/connect";
import { listOutboxAttempts } from "@/lib/email/outbox-admin";
import { cancelPendingEmails, type OutboxRow } from "@/lib/email/outbox";
import { sendDueEmails } from "@/lib/email/send-due-emails";
import type { MailTransport } from "@/lib/email/smtp-transport";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW } from "../booking/booking-fixtures";

// A founder cancels (or moves) their call while a sender is working on the call's reminder. Whatever the timing, the
// reminder's row ends cancelled and redacted; and a cancel that lands before the sender reaches SMTP stops the email.

const FAR_SLOT = new Date("2026-06-15T07:00:00Z");

for (const backend of backends) {
  describe.skipIf(backend.skip)(`a reminder cancelled while it is being sent, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    let elsewhere: Storage | undefined;
    let manageToken: string;
    let reminder: OutboxRow;
    let handed: string[];

    beforeEach(async () => {
      test = await backend.create();
      const outcome = await createBooking(test.storage, berlinRules, NOW, founder({ start: FAR_SLOT }), berlinMail);
      if (outcome.kind !== "booked") throw new Error("booking failed");
      manageToken = outcome.booking.manageToken;
      // The confirmation and the notification have gone; the reminder is the one email due, the day before the call.
      await test.storage.db.updateTable("outbox").set({ status: "sent" }).where("kind", "!=", "founder-reminder").execute();
      reminder = await test.storage.db.selectFrom("outbox").selectAll().where("kind", "=", "founder-reminder").executeTakeFirstOrThrow();
      handed = [];
    });
    afterEach(async () => {
      await elsewhere?.close();
      elsewhere = undefined;
      await test.cleanUp();
    });

    const dueAt = () => new Date(reminder.send_after);
    const cancelReminder = (db = test.storage.db) => cancelPendingEmails(db, { topic: reminder.topic!, kind: "founder-reminder" }, dueAt());
    const stored = () => test.storage.db.selectFrom("outbox").selectAll().where("id", "=", reminder.id).executeTakeFirstOrThrow();
    const send = (transport: MailTransport, db = test.storage.db, at = dueAt()) => sendDueEmails(db, transport, { senderId: "sender-a", now: () => at });

    /** A mail server that takes the email, or refuses it, after the founder's cancel has been written. */
    const cancelledDuringSmtp = (answer: "accept" | "refuse"): MailTransport => ({
      async send(email) {
        handed.push(email.id);
        await cancelReminder();
        if (answer === "refuse") throw new Error("451 try again later");
      },
      close() {},
    });
    const recordingTransport: MailTransport = {
      async send(email) {
        handed.push(email.id);
      },
      close() {},
    };

    /**
     * The sender's database, on which the founder's cancel (written through another connection, as another request
     * would) lands the moment the sender's claim on the reminder is stored, before it goes on to send.
     */
    function cancelRightAfterTheClaim() {
      elsewhere = openStorage(test.config);
      const updates = new Set<QueryId>();
      let cancelled = false;
      const plugin: KyselyPlugin = {
        transformQuery({ node, queryId }) {
          if (node.kind === "UpdateQueryNode") updates.add(queryId);
          return node;
        },
        async transformResult({ result, queryId }) {
          if (!cancelled && updates.has(queryId) && result.numAffectedRows === 1n) {
            cancelled = true;
            await cancelReminder(elsewhere!.db);
          }
          return result;
        },
      };
      return test.storage.db.withPlugin(plugin);
    }

    it("a cancel that lands while the mail server is taking the reminder leaves it cancelled, redacted, with the delivery kept as an attempt", async () => {
      expect(await send(cancelledDuringSmtp("accept"))).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(handed).toEqual([reminder.id]);
      const row = await stored();
      expect(row).toMatchObject({ status: "cancelled", attempts: 0, sent_at: null });
      expect(row.text_body + row.html_body).not.toContain(manageToken);
      expect(row.text_body).toContain("/book/manage/[link removed]");
      // The mail server did accept it: the attempt says so, under the cancelled row.
      expect((await listOutboxAttempts(test.storage.db, reminder.id)).map((attempt) => attempt.outcome)).toEqual(["sent"]);
    });

    it("a cancel that lands while the mail server is refusing the reminder leaves it cancelled, not waiting for a retry", async () => {
      expect(await send(cancelledDuringSmtp("refuse"))).toEqual({ sent: 0, retrying: 0, failed: 0 });
      const row = await stored();
      expect(row).toMatchObject({ status: "cancelled", attempts: 0, last_error: null });
      expect(row.text_body + row.html_body).not.toContain(manageToken);
      expect((await listOutboxAttempts(test.storage.db, reminder.id)).map((attempt) => attempt.outcome)).toEqual(["failed"]);
      // Nothing is left for a later pass to send.
      expect(await send(recordingTransport, test.storage.db, new Date(dueAt().getTime() + 60 * 60_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(handed).toEqual([reminder.id]);
    });

    it("a reminder cancelled between the sender's claim and its send is never handed to the mail server", async () => {
      expect(await send(recordingTransport, cancelRightAfterTheClaim())).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(handed).toEqual([]);
      const row = await stored();
      expect(row).toMatchObject({ status: "cancelled", attempts: 0, sent_at: null });
      expect(row.text_body + row.html_body).not.toContain(manageToken);
      expect(await listOutboxAttempts(test.storage.db, reminder.id)).toEqual([]);
    });

    it("a late reminder cancelled between the claim and its withdrawal keeps the cancel, not the sender's reason", async () => {
      const afterTheCallStarted = new Date(FAR_SLOT.getTime() + 60_000);
      expect(await send(recordingTransport, cancelRightAfterTheClaim(), afterTheCallStarted)).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(handed).toEqual([]);
      expect(await stored()).toMatchObject({ status: "cancelled", last_error: null });
    });

    it("a reminder nobody cancels still goes, and is recorded as sent", async () => {
      expect(await send(recordingTransport)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(handed).toEqual([reminder.id]);
      expect(await stored()).toMatchObject({ status: "sent", attempts: 1, claimed_by: null });
    });
  });
}

import { Migrator, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest } from "@/lib/db/connect";
import { migrations } from "@/lib/db/migrations";
import { listOutbox } from "@/lib/email/outbox-admin";
import { sendDueEmails } from "@/lib/email/send-due-emails";
import { backends, skipPostgresReason, type TestStorage } from "./test-storage";

const START = "2026-06-15T07:00:00.000Z";
const TOKEN = "k".repeat(43);

// A site that ran before the outbox became a generic queue: one booking, its confirmation and its reminder (each with
// the manage link) waiting, the consultant's notification sent.
async function siteFromBeforeTheGenericOutbox(test: TestStorage): Promise<void> {
  const { storage } = test;
  const provider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db: storage.db, provider, ...(storage.schema ? { migrationTableSchema: storage.schema } : {}) });
  const { error } = await migrator.migrateTo("0002-email-manage-and-admin");
  if (error) throw error;
  const db = storage.db;
  await sql`insert into bookings (id, start_at, end_at, name, email, time_zone, created_at, updated_at)
    values ('b-1', ${START}, '2026-06-15T07:30:00.000Z', 'Ada', 'ada@example.com', 'Europe/Berlin', '2026-06-01T08:00:00.000Z', '2026-06-01T08:00:00.000Z')`.execute(db);
  for (const [id, kind, status] of [["o-1", "founder-confirmation", "pending"], ["o-2", "founder-reminder", "pending"], ["o-3", "consultant-new-booking", "sent"]]) {
    await sql`insert into outbox (id, booking_id, kind, recipient, subject, text_body, html_body, status, attempts, send_after, created_at, updated_at)
      values (${id}, 'b-1', ${kind}, 'ada@example.com', 'Intro call', ${status === "sent" ? "Ada booked." : `Manage it: https://ko.example/book/manage/${TOKEN}`}, '<p>hi</p>', ${status}, 0,
        ${kind === "founder-reminder" ? "2026-06-14T07:00:00.000Z" : "2026-06-01T08:00:00.000Z"}, '2026-06-01T08:00:00.000Z', '2026-06-01T08:00:00.000Z')`.execute(db);
  }
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`an outbox written before it became a generic queue, in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    afterEach(async () => {
      await test.cleanUp();
    });

    it("keeps which booking each email is about, what it must lose once sent, and when a reminder is too late", async () => {
      test = await backend.create({ migrate: false });
      await siteFromBeforeTheGenericOutbox(test);
      await migrateToLatest(test.storage);

      const listed = await listOutbox(test.storage.db);
      expect(listed.map((email) => email.topic)).toEqual(["booking:b-1", "booking:b-1", "booking:b-1"]);
      expect(listed.map((email) => email.textBody).sort()).toEqual(["Ada booked.", ...Array(2).fill("Manage it: https://ko.example/book/manage/[link removed]")]);
      const reminder = await test.storage.db.selectFrom("outbox").selectAll().where("id", "=", "o-2").executeTakeFirstOrThrow();
      expect(reminder).toMatchObject({ send_before: START, stale_note: "not sent: the call had already started" });

      // Mail was down until the call had started: the reminder is withdrawn, never sent late.
      const sent: string[] = [];
      const transport = { send: async (email: { kind: string }) => void sent.push(email.kind), close: () => {} };
      await sendDueEmails(test.storage.db, transport, { senderId: "test", now: () => new Date("2026-06-15T08:00:00Z") });
      expect(sent).toEqual(["founder-confirmation"]);
      const after = await test.storage.db.selectFrom("outbox").select(["id", "status", "last_error", "text_body"]).orderBy("id").execute();
      expect(after).toEqual([
        { id: "o-1", status: "sent", last_error: null, text_body: "Manage it: https://ko.example/book/manage/[link removed]" },
        { id: "o-2", status: "cancelled", last_error: "not sent: the call had already started", text_body: "Manage it: https://ko.example/book/manage/[link removed]" },
        { id: "o-3", status: "sent", last_error: null, text_body: "Ada booked." },
      ]);
    });
  });
}

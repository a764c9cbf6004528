import { sql, type Kysely } from "kysely";

// The outbox becomes a mail queue that knows nothing of what its emails are about. What it needs to decide alone is
// written on each row when the email is queued:
// - `topic` groups the emails about one thing ("booking:<id>"), so they can be listed and withdrawn together; it
//   replaces `booking_id`, whose value is carried over;
// - `send_before`, with `stale_note` as the reason: an email not sent by then is withdrawn (a reminder for a call
//   that has started);
// - `redact_pattern` and `redact_replacement`: what the stored copy loses once the email has gone or been withdrawn,
//   and what the admin never sees (the key in a founder's manage link).
// The values below are written out as they were on the day, not imported, so this migration never changes.
const MANAGE_LINK_KEY = "/book/manage/[A-Za-z0-9_-]{20,}";
const MANAGE_LINK_REMOVED = "/book/manage/[link removed]";
const CALL_STARTED = "not sent: the call had already started";

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ["topic", "send_before", "stale_note", "redact_pattern", "redact_replacement"]) {
    await db.schema.alterTable("outbox").addColumn(column, "text").execute();
  }
  await sql`
    update outbox
    set topic = 'booking:' || booking_id, redact_pattern = ${MANAGE_LINK_KEY}, redact_replacement = ${MANAGE_LINK_REMOVED}
    where booking_id is not null`.execute(db);
  await sql`
    update outbox
    set send_before = (select start_at from bookings where bookings.id = outbox.booking_id), stale_note = ${CALL_STARTED}
    where kind = 'founder-reminder' and booking_id is not null`.execute(db);
  await db.schema.dropIndex("outbox_by_booking").execute();
  await db.schema.alterTable("outbox").dropColumn("booking_id").execute();
  await db.schema.createIndex("outbox_by_topic").on("outbox").columns(["topic", "kind", "status"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("booking_id", "text", (col) => col.references("bookings.id").onDelete("cascade")).execute();
  await sql`update outbox set booking_id = substr(topic, 9) where topic like 'booking:%' and substr(topic, 9) in (select id from bookings)`.execute(db);
  await db.schema.dropIndex("outbox_by_topic").execute();
  await db.schema.createIndex("outbox_by_booking").on("outbox").column("booking_id").execute();
  for (const column of ["redact_replacement", "redact_pattern", "stale_note", "send_before", "topic"]) {
    await db.schema.alterTable("outbox").dropColumn(column).execute();
  }
}

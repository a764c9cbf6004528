import type { Kysely } from "kysely";

// The consultant's calendars, one row each: the last good copy of their busy times (shared by every server process,
// so only one of them reads a calendar at a time), and how the last reads went. And the queue of bookings to write
// into the calendar that takes them: one row per change, done once the calendar holds that change or a later one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("calendar_sources")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("busy", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("events_read", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("body", "text")
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("fetched_at", "text")
    .addColumn("attempted_at", "text")
    .addColumn("last_error", "text")
    .addColumn("failing_since", "text")
    .addColumn("alerted_at", "text")
    .addColumn("lease_owner", "text")
    .addColumn("lease_until", "text")
    .addColumn("write_lease_owner", "text")
    .addColumn("write_lease_until", "text")
    .execute();
  await db.schema
    .createTable("calendar_writes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("calendar_id", "text", (col) => col.notNull())
    .addColumn("item", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (col) => col.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("done_at", "text")
    .execute();
  await db.schema.createIndex("calendar_writes_due").on("calendar_writes").columns(["calendar_id", "status", "next_attempt_at"]).execute();
  await db.schema.createIndex("calendar_writes_by_item").on("calendar_writes").columns(["item", "status"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("calendar_writes").execute();
  await db.schema.dropTable("calendar_sources").execute();
}

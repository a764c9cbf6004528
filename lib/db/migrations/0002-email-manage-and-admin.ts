import { sql, type Kysely } from "kysely";

// What the emails, the founder's own page and the admin need: a manage-token hash and a change counter on each
// booking, the consultant's private note, an outbox with one row per email (and one per attempt to send it), the
// login failures that lock an address out, and a small key/value store for the admin's settings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("bookings").addColumn("manage_token_hash", "text").execute();
  await db.schema.alterTable("bookings").addColumn("sequence", "integer", (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("bookings").addColumn("admin_note", "text").execute();
  await db.schema.alterTable("bookings").addColumn("cancelled_by", "text").execute();
  await db.schema.createIndex("bookings_by_manage_token").on("bookings").column("manage_token_hash").unique().execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("booking_id", "text", (col) => col.references("bookings.id").onDelete("cascade"))
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("recipient", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("text_body", "text", (col) => col.notNull())
    .addColumn("html_body", "text", (col) => col.notNull())
    .addColumn("ics", "text")
    .addColumn("status", "text", (col) =>
      col.notNull().defaultTo("pending").check(sql`status in ('pending', 'sent', 'failed', 'cancelled')`),
    )
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("send_after", "text", (col) => col.notNull())
    .addColumn("claimed_by", "text")
    .addColumn("claimed_until", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema.createIndex("outbox_due").on("outbox").columns(["status", "send_after"]).execute();
  await db.schema.createIndex("outbox_by_booking").on("outbox").column("booking_id").execute();

  await db.schema
    .createTable("outbox_attempts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("outbox_id", "text", (col) => col.notNull().references("outbox.id").onDelete("cascade"))
    .addColumn("attempted_at", "text", (col) => col.notNull())
    .addColumn("outcome", "text", (col) => col.notNull().check(sql`outcome in ('sent', 'failed')`))
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("outbox_attempts_by_message").on("outbox_attempts").column("outbox_id").execute();

  await db.schema
    .createTable("admin_login_failures")
    .addColumn("address", "text", (col) => col.primaryKey())
    .addColumn("failures", "integer", (col) => col.notNull())
    .addColumn("first_failed_at", "text", (col) => col.notNull())
    .addColumn("locked_until", "text")
    .execute();

  await db.schema
    .createTable("admin_settings")
    .addColumn("key", "text", (col) => col.primaryKey())
    .addColumn("value", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("admin_settings").execute();
  await db.schema.dropTable("admin_login_failures").execute();
  await db.schema.dropTable("outbox_attempts").execute();
  await db.schema.dropTable("outbox").execute();
  await db.schema.dropIndex("bookings_by_manage_token").execute();
  for (const column of ["cancelled_by", "admin_note", "sequence", "manage_token_hash"]) {
    await db.schema.alterTable("bookings").dropColumn(column).execute();
  }
}

import type { Kysely } from "kysely";

// Field notes by email.
// - `subscribers`: one row per address (lower-cased), with its state and the dates; nothing else is kept of a reader.
// - `subscriber_keys`: the keys in the links emails carry (confirm, leave), each stored only as its SHA-256.
// - `newsletter_notes`: each note the site has seen live, once: either sent to the subscribers of the day, or the back
//   catalogue a first deployment found and never mails.
// - the outbox learns three generic things: a key that makes an email unique (one note to one reader, once), extra
//   headers (List-Unsubscribe), and `bulk`, for mail that waits behind the rest and goes at a set pace.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("subscribers")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("email", "text", (col) => col.notNull().unique())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("confirm_sent_at", "text")
    .addColumn("confirmed_at", "text")
    .addColumn("unsubscribed_at", "text")
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("subscribers_by_status").on("subscribers").columns(["status", "confirmed_at"]).execute();
  await db.schema
    .createTable("subscriber_keys")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("subscriber_id", "text", (col) => col.notNull().references("subscribers.id").onDelete("cascade"))
    .addColumn("purpose", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text")
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("subscriber_keys_by_subscriber").on("subscriber_keys").column("subscriber_id").execute();
  await db.schema
    .createTable("newsletter_notes")
    .addColumn("slug", "text", (col) => col.primaryKey())
    .addColumn("state", "text", (col) => col.notNull())
    .addColumn("live_at", "text", (col) => col.notNull())
    .addColumn("queued_at", "text")
    .execute();
  await db.schema.alterTable("outbox").addColumn("dedupe_key", "text").execute();
  await db.schema.alterTable("outbox").addColumn("headers", "text").execute();
  await db.schema.alterTable("outbox").addColumn("bulk", "integer", (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.createIndex("outbox_unique_key").on("outbox").column("dedupe_key").unique().execute();
  await db.schema.createIndex("outbox_by_recipient").on("outbox").columns(["recipient", "status"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("outbox_by_recipient").execute();
  await db.schema.dropIndex("outbox_unique_key").execute();
  for (const column of ["bulk", "headers", "dedupe_key"]) await db.schema.alterTable("outbox").dropColumn(column).execute();
  await db.schema.dropTable("newsletter_notes").execute();
  await db.schema.dropTable("subscriber_keys").execute();
  await db.schema.dropTable("subscribers").execute();
}

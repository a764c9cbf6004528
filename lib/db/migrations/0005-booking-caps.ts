import type { Kysely } from "kysely";

// What the caps on upcoming calls need: which connection a booking came from (a hash of its address, never the
// address), and further keys to a booking's own page, handed out when a founder asks to book again.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("bookings").addColumn("client_key", "text").execute();
  await db.schema.createIndex("bookings_by_client_key").on("bookings").column("client_key").execute();
  await db.schema
    .createTable("booking_manage_links")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("booking_id", "text", (col) => col.notNull().references("bookings.id").onDelete("cascade"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("booking_manage_links_by_booking").on("booking_manage_links").column("booking_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("booking_manage_links").execute();
  await db.schema.dropIndex("bookings_by_client_key").execute();
  await db.schema.alterTable("bookings").dropColumn("client_key").execute();
}

import { sql, type Kysely } from "kysely";

// Later migrations add to this table (a manage token hash, admin notes) and beside it (an email outbox keyed by
// booking id, written in the same transaction). The status check already names every state the work plans for.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("bookings")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("start_at", "text", (col) => col.notNull())
    .addColumn("end_at", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) =>
      col.notNull().defaultTo("confirmed").check(sql`status in ('confirmed', 'held', 'cancelled', 'no_show')`),
    )
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("email", "text", (col) => col.notNull())
    .addColumn("company", "text")
    .addColumn("team_size", "text")
    .addColumn("message", "text")
    .addColumn("readiness", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("engagement", "text")
    .addColumn("source", "text")
    .addColumn("time_zone", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  // The database itself refuses a second live booking of one start time, whatever the application does.
  await db.schema
    .createIndex("bookings_one_live_booking_per_start")
    .on("bookings")
    .column("start_at")
    .unique()
    .where(sql.ref("status"), "<>", "cancelled")
    .execute();

  await db.schema.createIndex("bookings_by_email").on("bookings").column("email").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("bookings").execute();
}

import type { Kysely } from "kysely";

// Time off, blocked from the admin rather than written in booking.yaml: one row per block, from its first instant to
// its end (exclusive), with the consultant's note. Read by the end, so the blocks that are over are skipped at once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("time_off")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("start_at", "text", (col) => col.notNull())
    .addColumn("end_at", "text", (col) => col.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("time_off_by_end").on("time_off").column("end_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("time_off").execute();
}

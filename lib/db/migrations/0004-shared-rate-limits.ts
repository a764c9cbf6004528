import type { Kysely } from "kysely";

// Rate-limit counts move from each server process's memory into the database, so every instance of the site counts
// against one allowance. One row per key and fixed window ("booking:<client>", "login:all"), its count raised by one
// atomic upsert per attempt; `expires_at` (the window's end) lets the rows of windows that have passed be deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rate_limit_counters")
    .addColumn("key", "text", (col) => col.notNull())
    .addColumn("window_start", "text", (col) => col.notNull())
    .addColumn("attempts", "integer", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("rate_limit_counters_pk", ["key", "window_start"])
    .execute();
  await db.schema.createIndex("rate_limit_counters_by_expiry").on("rate_limit_counters").column("expires_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("rate_limit_counters").execute();
}

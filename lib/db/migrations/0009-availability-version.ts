import { sql, SqliteAdapter, type Kysely } from "kysely";

// One number every change to what is taken raises: a booking's time or status, time off, a calendar's copy of its busy
// times. Triggers raise it inside the writing transaction, whichever code (or hand) writes, so a process that keeps
// the free times in memory reads this one row to know whether they still hold: the same number, the same free times.
const TABLES: { table: string; columns: string }[] = [
  { table: "bookings", columns: "start_at, end_at, status" },
  { table: "time_off", columns: "start_at, end_at" },
  { table: "calendar_sources", columns: "busy, fetched_at" },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("availability_version")
    .addColumn("id", "integer", (col) => col.primaryKey())
    .addColumn("version", "integer", (col) => col.notNull())
    .execute();
  await sql`insert into availability_version (id, version) values (1, 0)`.execute(db);
  const bump = "update availability_version set version = version + 1 where id = 1";
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const { table, columns } of TABLES) {
      for (const [suffix, event] of [["insert", "insert"], ["update", `update of ${columns}`], ["delete", "delete"]]) {
        await sql.raw(`create trigger ${table}_availability_${suffix} after ${event} on ${table} begin ${bump}; end`).execute(db);
      }
    }
    return;
  }
  await sql.raw(`create function bump_availability_version() returns trigger language plpgsql as $$ begin ${bump}; return null; end $$`).execute(db);
  for (const { table, columns } of TABLES) {
    await sql
      .raw(`create trigger ${table}_availability after insert or delete or update of ${columns} on ${table} for each statement execute function bump_availability_version()`)
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const { table } of TABLES) for (const suffix of ["insert", "update", "delete"]) await sql.raw(`drop trigger ${table}_availability_${suffix}`).execute(db);
  } else {
    for (const { table } of TABLES) await sql.raw(`drop trigger ${table}_availability on ${table}`).execute(db);
    await sql.raw("drop function bump_availability_version()").execute(db);
  }
  await db.schema.dropTable("availability_version").execute();
}

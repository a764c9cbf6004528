import type { Kysely, Selectable } from "kysely";
import type { Database, TimeOffTable } from "./schema";

/** A stretch the consultant blocked from the admin: no calls from `start` to `end` (exclusive). */
export interface TimeOff {
  id: string;
  start: Date;
  end: Date;
  note: string | null;
  createdAt: Date;
}

export interface NewTimeOff {
  id: string;
  start: Date;
  end: Date;
  note?: string;
  createdAt: Date;
}

function toTimeOff(row: Selectable<TimeOffTable>): TimeOff {
  return { id: row.id, start: new Date(row.start_at), end: new Date(row.end_at), note: row.note, createdAt: new Date(row.created_at) };
}

// What no id made here looks like (PostgreSQL refuses some text, like NUL, outright): no such block.
const looksLikeAnId = (id: string) => /^[\w-]{1,100}$/.test(id);

export async function insertTimeOff(db: Kysely<Database>, block: NewTimeOff): Promise<TimeOff> {
  const row = await db
    .insertInto("time_off")
    .values({
      id: block.id,
      start_at: block.start.toISOString(),
      end_at: block.end.toISOString(),
      note: block.note ?? null,
      created_at: block.createdAt.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTimeOff(row);
}

/** The time off not over by `after`: under way or still to come, earliest first. */
export async function listTimeOffEndingAfter(db: Kysely<Database>, after: Date): Promise<TimeOff[]> {
  const rows = await db.selectFrom("time_off").selectAll().where("end_at", ">", after.toISOString()).orderBy("start_at").orderBy("end_at").execute();
  return rows.map(toTimeOff);
}

/** The block with this id; undefined for none, and for text no id looks like. */
export async function findTimeOffById(db: Kysely<Database>, id: string): Promise<TimeOff | undefined> {
  if (!looksLikeAnId(id)) return undefined;
  const row = await db.selectFrom("time_off").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toTimeOff(row) : undefined;
}

/** Removes a block; false when there was none by that id. */
export async function deleteTimeOff(db: Kysely<Database>, id: string): Promise<boolean> {
  if (!looksLikeAnId(id)) return false;
  const result = await db.deleteFrom("time_off").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * The start and end of every block that ends after `after`, as the availability reads taken times (its `TakenTime`,
 * kind "time-off": closed exactly, no buffer around it).
 */
export async function findTimeOffTimes(db: Kysely<Database>, after: Date): Promise<{ start: Date; end: Date; kind: "time-off" }[]> {
  const rows = await db.selectFrom("time_off").select(["start_at", "end_at"]).where("end_at", ">", after.toISOString()).orderBy("start_at").execute();
  return rows.map((row) => ({ start: new Date(row.start_at), end: new Date(row.end_at), kind: "time-off" as const }));
}

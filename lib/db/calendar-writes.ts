import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema";

/** Queues one change of an item to copy into a calendar, inside the caller's transaction (stored with the change). */
export async function enqueueCalendarWrite(db: Kysely<Database>, write: { calendarId: string; item: string; version: number }, now: Date): Promise<void> {
  await db
    .insertInto("calendar_writes")
    .values({
      id: randomUUID(),
      calendar_id: write.calendarId,
      item: write.item,
      version: write.version,
      next_attempt_at: now.toISOString(),
      created_at: now.toISOString(),
    })
    .execute();
}

/**
 * Takes the right to write into one calendar for `leaseMs`, when no other process holds it. One writer at a time keeps
 * the writes of one item in order: a later change is never overtaken by an earlier one.
 */
export async function claimCalendarWriter(db: Kysely<Database>, calendarId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
  await db.insertInto("calendar_sources").values({ id: calendarId }).onConflict((conflict) => conflict.column("id").doNothing()).execute();
  const at = now.toISOString();
  const result = await db
    .updateTable("calendar_sources")
    .set({ write_lease_owner: owner, write_lease_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where("id", "=", calendarId)
    .where((eb) => eb.or([eb("write_lease_until", "is", null), eb("write_lease_until", "<=", at), eb("write_lease_owner", "=", owner)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseCalendarWriter(db: Kysely<Database>, calendarId: string, owner: string): Promise<void> {
  await db
    .updateTable("calendar_sources")
    .set({ write_lease_owner: null, write_lease_until: null })
    .where("id", "=", calendarId)
    .where("write_lease_owner", "=", owner)
    .execute();
}

/** The items with a change due to be written, oldest first. */
export async function findDueCalendarItems(db: Kysely<Database>, calendarId: string, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("calendar_writes")
    .select("item")
    .select((eb) => eb.fn.min("created_at").as("first"))
    .where("calendar_id", "=", calendarId)
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now.toISOString())
    .groupBy("item")
    .orderBy("first")
    .limit(limit)
    .execute();
  return rows.map((row) => row.item);
}

/** Marks done every change of the item up to the version just written; a change queued since stays pending. */
export async function markCalendarItemWritten(db: Kysely<Database>, calendarId: string, item: string, version: number, now: Date): Promise<void> {
  await db
    .updateTable("calendar_writes")
    .set({ status: "done", done_at: now.toISOString(), last_error: null })
    .where("calendar_id", "=", calendarId)
    .where("item", "=", item)
    .where("status", "=", "pending")
    .where("version", "<=", version)
    .execute();
}

/** Records a failed write of the item: its pending changes are tried again at `retryAt`. */
export async function recordCalendarWriteFailure(db: Kysely<Database>, calendarId: string, item: string, error: string, retryAt: Date): Promise<void> {
  await db
    .updateTable("calendar_writes")
    .set((eb) => ({ attempts: eb("attempts", "+", 1), last_error: error, next_attempt_at: retryAt.toISOString() }))
    .where("calendar_id", "=", calendarId)
    .where("item", "=", item)
    .where("status", "=", "pending")
    .execute();
}

/** How many changes wait to be written into a calendar, and the latest error among them. */
export async function summariseCalendarWrites(db: Kysely<Database>, calendarId: string): Promise<{ waiting: number; lastError: string | null }> {
  const rows = await db
    .selectFrom("calendar_writes")
    .select(["last_error", "attempts"])
    .where("calendar_id", "=", calendarId)
    .where("status", "=", "pending")
    .orderBy("attempts", "desc")
    .execute();
  return { waiting: rows.length, lastError: rows.find((row) => row.last_error)?.last_error ?? null };
}

import type { Kysely, Selectable } from "kysely";
import type { CalendarSourcesTable, Database } from "./schema";

export type CalendarSourceRow = Selectable<CalendarSourcesTable>;

/** A busy time as a calendar holds it. */
export interface StoredBusyTime {
  start: Date;
  end: Date;
}

/** What one good read of a calendar leaves behind. */
export interface CalendarCopy {
  busy: readonly StoredBusyTime[];
  eventsRead: number;
  /** A subscription's text and the validators its server sent, for the next conditional request. */
  body?: string | null;
  etag?: string | null;
  lastModified?: string | null;
}

/**
 * Takes the right to read one calendar now, for `leaseMs`, when no other process holds it and (unless `force`) the
 * last attempt is older than `dueBefore`. One conditional update decides, so among any number of processes at most one
 * reads a calendar at a time and each calendar is read about once per interval, whoever reads it.
 */
export async function claimCalendarRead(
  db: Kysely<Database>,
  id: string,
  owner: string,
  now: Date,
  options: { leaseMs: number; dueBefore?: Date },
): Promise<boolean> {
  await db.insertInto("calendar_sources").values({ id }).onConflict((conflict) => conflict.column("id").doNothing()).execute();
  const at = now.toISOString();
  let query = db
    .updateTable("calendar_sources")
    .set({ lease_owner: owner, lease_until: new Date(now.getTime() + options.leaseMs).toISOString(), attempted_at: at })
    .where("id", "=", id)
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", at)]));
  if (options.dueBefore) {
    const due = options.dueBefore.toISOString();
    query = query.where((eb) => eb.or([eb("attempted_at", "is", null), eb("attempted_at", "<=", due)]));
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stores a good read as the calendar's copy, if this process still holds the read; releases it. */
export async function recordCalendarCopy(db: Kysely<Database>, id: string, owner: string, copy: CalendarCopy, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("calendar_sources")
    .set({
      busy: JSON.stringify(copy.busy.map((time) => [time.start.toISOString(), time.end.toISOString()])),
      events_read: copy.eventsRead,
      ...(copy.body !== undefined ? { body: copy.body } : {}),
      ...(copy.etag !== undefined ? { etag: copy.etag } : {}),
      ...(copy.lastModified !== undefined ? { last_modified: copy.lastModified } : {}),
      fetched_at: now.toISOString(),
      last_error: null,
      failing_since: null,
      alerted_at: null,
      lease_owner: null,
      lease_until: null,
    })
    .where("id", "=", id)
    .where("lease_owner", "=", owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a failed read, keeping the last good copy; releases the read. Returns the row as it now stands. */
export async function recordCalendarFailure(
  db: Kysely<Database>,
  id: string,
  owner: string,
  error: string,
  now: Date,
): Promise<CalendarSourceRow | undefined> {
  const row = await db.selectFrom("calendar_sources").selectAll().where("id", "=", id).where("lease_owner", "=", owner).executeTakeFirst();
  if (!row) return undefined;
  const failingSince = row.failing_since ?? now.toISOString();
  await db
    .updateTable("calendar_sources")
    .set({ last_error: error, failing_since: failingSince, lease_owner: null, lease_until: null })
    .where("id", "=", id)
    .where("lease_owner", "=", owner)
    .execute();
  return { ...row, last_error: error, failing_since: failingSince, lease_owner: null, lease_until: null };
}

/** Notes that the consultant was told of this run of failures, once: true only for the caller that noted it first. */
export async function markCalendarAlerted(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("calendar_sources")
    .set({ alerted_at: now.toISOString() })
    .where("id", "=", id)
    .where("alerted_at", "is", null)
    .where("failing_since", "is not", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The rows of these calendars (those named in booking.yaml), by id; a calendar never read has none. */
export async function readCalendarRows(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, CalendarSourceRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("calendar_sources").selectAll().where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

import type { Kysely } from "kysely";
import type { CalendarSettings } from "../content/calendar-schema";
import type { Database } from "../db/schema";
import type { StoredBusyTime } from "../db/calendar-sources";

/** Whether a calendar's last good copy is too old to trust: never read, or read longer ago than `staleAfterMinutes`. */
export function isStale(fetchedAt: string | null, calendars: Pick<CalendarSettings, "staleAfterMinutes">, now: Date): boolean {
  return fetchedAt === null || now.getTime() - new Date(fetchedAt).getTime() > calendars.staleAfterMinutes * 60_000;
}

/**
 * The busy times of the consultant's calendars that end after `after`, from the copies in the database (a founder's
 * page never waits on a calendar server). `closed` is true when a calendar's copy is stale and booking.yaml says to
 * stop offering times until it answers again.
 */
export async function findCalendarBusyTimes(
  db: Kysely<Database>,
  calendars: CalendarSettings | undefined,
  now: Date,
  after: Date,
): Promise<{ busy: StoredBusyTime[]; closed: boolean }> {
  const ids = calendars?.sources.map((source) => source.id) ?? [];
  if (!calendars || ids.length === 0) return { busy: [], closed: false };
  const rows = await db.selectFrom("calendar_sources").select(["id", "busy", "fetched_at"]).where("id", "in", ids).execute();
  const fetched = new Map(rows.map((row) => [row.id, row.fetched_at]));
  const closed = calendars.whenStale === "stop-offering" && ids.some((id) => isStale(fetched.get(id) ?? null, calendars, now));
  const busy: StoredBusyTime[] = [];
  for (const row of rows) {
    for (const [start, end] of JSON.parse(row.busy) as [string, string][]) {
      if (end > after.toISOString()) busy.push({ start: new Date(start), end: new Date(end) });
    }
  }
  return { busy, closed };
}

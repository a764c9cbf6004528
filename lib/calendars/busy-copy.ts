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
  const afterMs = after.getTime();
  for (const row of rows) {
    for (const time of parsedBusy(row.id, row.busy)) if (time.end.getTime() > afterMs) busy.push(time);
  }
  return { busy, closed };
}

// The last copy read of each calendar, parsed: a copy changes once per read of the calendar (minutes apart), while
// pages ask for it many times a second. Compared as text, so any change to the copy is parsed afresh.
const parsed = new Map<string, { text: string; times: readonly StoredBusyTime[] }>();
const MAX_CALENDARS_KEPT = 64;

function parsedBusy(id: string, text: string): readonly StoredBusyTime[] {
  const known = parsed.get(id);
  if (known?.text === text) return known.times;
  const times = (JSON.parse(text) as [string, string][]).map(([start, end]) => ({ start: new Date(start), end: new Date(end) }));
  if (parsed.size >= MAX_CALENDARS_KEPT && !known) parsed.clear();
  parsed.set(id, { text, times });
  return times;
}

import type { CalendarSettings } from "../content/calendar-schema";
import type { Storage } from "../db/connect";
import { readCalendarRows } from "../db/calendar-sources";
import { summariseCalendarWrites } from "../db/calendar-writes";
import { isStale } from "../calendars/busy-copy";
import type { CalendarSource } from "../calendars/sources";

/** One calendar as the admin shows it. */
export interface CalendarState {
  id: string;
  name: string;
  kind: "ics" | "caldav";
  writesBookings: boolean;
  /** The last good read, or null when none has succeeded yet. */
  lastRead: Date | null;
  eventsRead: number;
  busyTimes: number;
  /** The last read's error while reads fail (or what is missing from the environment); null when all is well. */
  error: string | null;
  failingSince: Date | null;
  /** The last good copy is older than `staleAfterMinutes` (or there is none). */
  stale: boolean;
  /** For the calendar bookings are written into: the changes not yet written, and why the last try failed. */
  writes?: { waiting: number; lastError: string | null };
}

/** Every calendar named in booking.yaml, with how its reads go. */
export async function listCalendarStates(
  storage: Storage,
  calendars: CalendarSettings,
  sources: readonly CalendarSource[],
  now: Date,
): Promise<CalendarState[]> {
  const rows = await readCalendarRows(storage.db, sources.map((source) => source.id));
  const writer = sources.find((source) => source.kind === "caldav" && source.writeBookings);
  const writes = writer ? await summariseCalendarWrites(storage.db, writer.id) : undefined;
  return sources.map((source) => {
    const row = rows.get(source.id);
    const lastRead = row?.fetched_at ? new Date(row.fetched_at) : null;
    return {
      id: source.id,
      name: source.name,
      kind: source.kind,
      writesBookings: source.kind === "caldav" && source.writeBookings,
      lastRead,
      eventsRead: row?.events_read ?? 0,
      busyTimes: row ? (JSON.parse(row.busy) as unknown[]).length : 0,
      error: row?.last_error ?? source.problem ?? null,
      failingSince: row?.failing_since ? new Date(row.failing_since) : null,
      stale: isStale(row?.fetched_at ?? null, calendars, now),
      ...(source === writer && writes ? { writes } : {}),
    };
  });
}

/** The calendars the admin warns about on every page: those that cannot be read, or that bookings fail to reach. */
export function troubledCalendars(states: readonly CalendarState[]): CalendarState[] {
  return states.filter((state) => state.error !== null || state.writes?.lastError);
}

import type { CalendarSettings } from "../content/calendar-schema";
import type { Storage } from "../db/connect";
import { claimCalendarRead, readCalendarRows, recordCalendarCopy, recordCalendarFailure, type CalendarCopy } from "../db/calendar-sources";
import { busyTimesFromIcs, CalendarParseError } from "./busy-times";
import { alertConsultantOnce, type AlertSettings } from "./calendar-alert";
import { isStale } from "./busy-copy";
import { CalDavError, fetchCalDavEvents } from "./caldav";
import { CalendarReadError, fetchIcsFeed } from "./ics-feed";
import type { CalendarSource } from "./sources";

const DAY = 24 * 60 * 60_000;

/** What reading the calendars needs: where copies are kept, the settings, the consultant's clock, who is reading. */
export interface CalendarRefresh {
  storage: Storage;
  calendars: CalendarSettings;
  sources: readonly CalendarSource[];
  /** The consultant's zone (floating times and all-day events are on it) and how far ahead founders book. */
  timeZone: string;
  daysAhead: number;
  /** This process, as the holder of a read. */
  owner: string;
  clock: () => Date;
  alert: AlertSettings;
}

export type RefreshOutcome = { id: string } & (
  | { outcome: "read"; eventsRead: number }
  | { outcome: "unchanged"; eventsRead: number }
  | { outcome: "failed"; error: string }
  /** Another process is reading it, or (unless forced) it was read less than `refreshMinutes` ago. */
  | { outcome: "skipped" }
);

/** The span a read covers: from a day back to two days past the booking window. */
export function readWindow(now: Date, daysAhead: number): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - DAY), to: new Date(now.getTime() + (daysAhead + 2) * DAY) };
}

/** Reads every calendar that is due, one after another. */
export async function refreshDueCalendars(refresh: CalendarRefresh): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  for (const source of refresh.sources) outcomes.push(await refreshCalendar(refresh, source, { force: false }));
  return outcomes;
}

/**
 * Reads one calendar, when this process may (see `claimCalendarRead`), and stores its busy times as the new copy. A
 * failed read keeps the last good copy and records the error; once that copy is stale, the consultant is emailed once.
 * `force` reads now whatever the interval (the admin's "Fetch now"), but never while another process reads it.
 */
export async function refreshCalendar(refresh: CalendarRefresh, source: CalendarSource, options: { force: boolean }): Promise<RefreshOutcome> {
  const { db } = refresh.storage;
  const { calendars, owner } = refresh;
  const started = refresh.clock();
  const claimed = await claimCalendarRead(db, source.id, owner, started, {
    leaseMs: calendars.timeoutSeconds * 2_000 + 30_000,
    ...(options.force ? {} : { dueBefore: new Date(started.getTime() - calendars.refreshMinutes * 60_000 + 1_000) }),
  });
  if (!claimed) return { id: source.id, outcome: "skipped" };
  const previous = (await readCalendarRows(db, [source.id])).get(source.id);
  try {
    const { copy, unchanged } = await readSource(refresh, source, previous?.body ? previous : undefined, started);
    await recordCalendarCopy(db, source.id, owner, copy, refresh.clock());
    return { id: source.id, outcome: unchanged ? "unchanged" : "read", eventsRead: copy.eventsRead };
  } catch (error) {
    const message = plainError(error);
    const now = refresh.clock();
    const row = await recordCalendarFailure(db, source.id, owner, message, now);
    if (row && isStale(row.fetched_at, calendars, now)) await alertConsultantOnce(refresh.storage, source, row, refresh.alert, now);
    return { id: source.id, outcome: "failed", error: message };
  }
}

async function readSource(
  refresh: CalendarRefresh,
  source: CalendarSource,
  previous: { body: string | null; etag: string | null; last_modified: string | null } | undefined,
  now: Date,
): Promise<{ copy: CalendarCopy; unchanged: boolean }> {
  if (source.problem || !source.url) throw new CalendarReadError(source.problem ?? `${source.urlEnv} is not set`);
  const window = readWindow(now, refresh.daysAhead);
  const timeoutMs = refresh.calendars.timeoutSeconds * 1000;
  if (source.kind === "caldav") {
    const account = { calendarUrl: source.url, username: source.username ?? "", password: source.password ?? "" };
    const readings = (await fetchCalDavEvents(account, window, { timeoutMs })).map((text) => busyTimesFromIcs(text, window, refresh.timeZone));
    const busy = readings.flatMap((reading) => reading.busy).sort((a, b) => a.start.getTime() - b.start.getTime());
    return { copy: { busy, eventsRead: readings.reduce((sum, reading) => sum + reading.eventsRead, 0) }, unchanged: false };
  }
  const answer = await fetchIcsFeed(source.url, { etag: previous?.etag, lastModified: previous?.last_modified }, { timeoutMs });
  // Not modified: the events are the same, but the window has moved on since, so the stored text is read again.
  const text = answer.kind === "unchanged" ? previous!.body! : answer.text;
  const reading = busyTimesFromIcs(text, window, refresh.timeZone);
  const validators = answer.kind === "read" ? { body: text, etag: answer.etag, lastModified: answer.lastModified } : {};
  return { copy: { busy: reading.busy, eventsRead: reading.eventsRead, ...validators }, unchanged: answer.kind === "unchanged" };
}

function plainError(error: unknown): string {
  if (error instanceof CalendarReadError || error instanceof CalDavError) return error.message;
  if (error instanceof CalendarParseError) return `what the address sent is not a calendar: ${lowerFirst(error.message)}`;
  return `the calendar could not be read (${error instanceof Error ? error.message : String(error)})`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

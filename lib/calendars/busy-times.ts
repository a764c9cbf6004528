// Busy intervals from an iCalendar text: an ICS subscription (Google Calendar, Outlook, iCloud) or one CalDAV object.
// ical.js does the parsing, the VTIMEZONEs and the recurrence rules; this module decides what counts as busy.
import ICAL from "ical.js";
import { canonicalTimeZone } from "../time/zone-names";
import { daysBetween, instantOf, wallZoneOf } from "./ical-time";

export interface BusyTime {
  start: Date;
  end: Date;
}

export interface CalendarReading {
  busy: BusyTime[];
  eventsRead: number;
}

/** Thrown for text that is not an iCalendar file; the message says what is wrong, in plain words. */
export class CalendarParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CalendarParseError";
  }
}

// ical.js takes 20 to 50µs per occurrence, so a rule is followed at most this far (a daily event for 27 years, an
// endless FREQ=SECONDLY one for under a second of work), a whole file at most twenty times that.
const MAX_ITERATIONS_PER_EVENT = 10_000;
const MAX_ITERATIONS_PER_FILE = 200_000;
const MAX_BUSY_TIMES = 20_000;
// ical.js reads floating times and dates as UTC before we place them on a zone: off by 14 hours at most.
const SLACK_MS = 2 * 86_400_000;

interface Reading {
  from: number;
  to: number;
  zone: string;
  spans: { start: number; end: number }[];
  iterationsLeft: number;
}

/**
 * Busy intervals that overlap [window.from, window.to), sorted, overlapping/adjacent ones merged. Each keeps its whole
 * extent (not clipped to the window). Floating times (no TZID, no Z) and all-day dates are read on `timeZone` (the
 * consultant's IANA zone). An event ical.js cannot read (a malformed date or rule) is left out, not the whole file.
 */
export function busyTimesFromIcs(text: string, window: { from: Date; to: Date }, timeZone: string): CalendarReading {
  const zone = canonicalTimeZone(timeZone);
  if (!zone) throw new RangeError(`Unknown time zone: ${String(timeZone).slice(0, 64)}`);
  const calendars = parseCalendars(text);
  const reading: Reading = {
    from: window.from.getTime(),
    to: window.to.getTime(),
    zone,
    spans: [],
    iterationsLeft: MAX_ITERATIONS_PER_FILE,
  };
  let eventsRead = 0;
  for (const calendar of calendars) {
    const vevents = calendar.getAllSubcomponents("vevent");
    eventsRead += vevents.length;
    if (!(reading.from < reading.to)) continue;
    // Overrides (RECURRENCE-ID) go to their own series only: ical.js would otherwise relate every override in the file.
    const overrides = new Map<string, ICAL.Component[]>();
    for (const vevent of vevents) {
      if (vevent.hasProperty("recurrence-id")) {
        const uid = String(vevent.getFirstPropertyValue("uid") ?? "");
        const series = overrides.get(uid);
        if (series) series.push(vevent);
        else overrides.set(uid, [vevent]);
      }
    }
    for (const vevent of vevents) {
      if (reading.spans.length >= MAX_BUSY_TIMES) break;
      try {
        if (vevent.hasProperty("recurrence-id")) {
          // An override (moved, cancelled, or the one instance someone was invited to) stands for itself.
          const override = new ICAL.Event(vevent, { exceptions: [] });
          addOccurrence(override, override.startDate, reading);
        } else {
          readSeries(vevent, overrides.get(String(vevent.getFirstPropertyValue("uid") ?? "")) ?? [], reading);
        }
      } catch {
        // ical.js throws on values it cannot read and on rules it cannot follow; the rest of the calendar still counts.
      }
    }
  }
  return { busy: merged(reading.spans), eventsRead };
}

function readSeries(vevent: ICAL.Component, overrides: ICAL.Component[], reading: Reading): void {
  const event = new ICAL.Event(vevent, { exceptions: [] });
  if (!event.isRecurring()) return addOccurrence(event, event.startDate, reading);
  const overridden = new Set<number>();
  for (const override of overrides) {
    try {
      const exception = new ICAL.Event(override, { exceptions: [] });
      event.relateException(exception);
      overridden.add(instantOf(exception.recurrenceId, wallZoneOf(override, "recurrence-id", reading.zone), reading.zone));
    } catch {
      // An override with an unreadable RECURRENCE-ID cannot replace anything.
    }
  }
  const masterZone = wallZoneOf(vevent, "dtstart", reading.zone);
  // Occurrences long before the window are passed over without placing them exactly, unless a THISANDFUTURE
  // override may shift them.
  const skipEarly = event.rangeExceptions.length === 0;
  if (skipEarly && !isBusy(vevent)) return; // A free or cancelled series: only its overrides (read on their own) count.
  const lengthMs = Math.abs(event.duration.toSeconds()) * 1000;
  if (endedBefore(vevent, reading.from - lengthMs - SLACK_MS)) return;
  const iterator = event.iterator();
  for (let i = 0; i < MAX_ITERATIONS_PER_EVENT && reading.iterationsLeft > 0 && reading.spans.length < MAX_BUSY_TIMES; i++) {
    reading.iterationsLeft--;
    const occurrence = iterator.next();
    if (!occurrence) return;
    const approximate = occurrence.toUnixTime() * 1000;
    if (approximate - SLACK_MS > reading.to) return;
    if (skipEarly && approximate + lengthMs + SLACK_MS < reading.from) continue;
    const details = event.getOccurrenceDetails(occurrence);
    // A moved or cancelled occurrence is its override's business (read on its own above); a THISANDFUTURE override
    // shifts and restyles the occurrences after it.
    if (details.item !== event && !details.item.modifiesFuture()) continue;
    if (overridden.size > 0 && overridden.has(instantOf(occurrence, masterZone, reading.zone))) continue;
    addOccurrence(details.item, details.startDate, reading);
  }
}

/** True for a series whose every rule has an UNTIL before `instant` (and no RDATE): years of history need no expanding. */
function endedBefore(vevent: ICAL.Component, instant: number): boolean {
  if (vevent.hasProperty("rdate")) return false;
  const rules = vevent.getAllProperties("rrule").map((property) => property.getFirstValue() as ICAL.Recur);
  return rules.every((rule) => rule.until !== null && rule.until !== undefined && rule.until.toUnixTime() * 1000 < instant);
}

/** One occurrence of `item` (a series, an override) starting at `start`, if it is busy and overlaps the window. */
function addOccurrence(item: ICAL.Event, start: ICAL.Time, reading: Reading): void {
  if (!isBusy(item.component) || reading.spans.length >= MAX_BUSY_TIMES) return;
  const startZone = wallZoneOf(item.component, "dtstart", reading.zone);
  const startMs = instantOf(start, startZone, reading.zone);
  const endMs = endOf(item, start, startMs, startZone, reading.zone);
  if (endMs > startMs && startMs < reading.to && endMs > reading.from) reading.spans.push({ start: startMs, end: endMs });
}

// Per series, read once: ical.js events live only as long as one call.
const exactLengths = new WeakMap<ICAL.Event, number>();

function endOf(item: ICAL.Event, start: ICAL.Time, startMs: number, startZone: string, zone: string): number {
  const component = item.component;
  const dtend = component.getFirstPropertyValue("dtend") as ICAL.Time | null;
  const duration = component.getFirstPropertyValue("duration") as ICAL.Duration | null;
  if (start.isDate) {
    // Whole days on the consultant's zone: as many as from DTSTART to DTEND, or in DURATION; one when neither is given.
    const days = dtend ? daysBetween(item.startDate, dtend) : duration ? signed(duration, duration.weeks * 7 + duration.days) : 1;
    const endDay = start.clone();
    endDay.adjust(days, 0, 0, 0);
    return instantOf(endDay, zone, zone);
  }
  if (dtend) {
    // With DTEND every occurrence lasts exactly as long as the first (RFC 5545, 3.8.5.3), whatever the clocks do.
    let length = exactLengths.get(item);
    if (length === undefined) {
      length = instantOf(dtend, wallZoneOf(component, "dtend", zone), zone) - instantOf(item.startDate, startZone, zone);
      exactLengths.set(item, length);
    }
    return startMs + length;
  }
  if (duration) {
    // Days and weeks are calendar days on the wall clock, hours and less are exact (RFC 5545, 3.3.6).
    const endDay = start.clone();
    endDay.adjust(signed(duration, duration.weeks * 7 + duration.days), 0, 0, 0);
    const exactSeconds = signed(duration, duration.hours * 3600 + duration.minutes * 60 + duration.seconds);
    return instantOf(endDay, startZone, zone) + exactSeconds * 1000;
  }
  return startMs; // A date-time with neither: no length, nothing busy.
}

function signed(duration: ICAL.Duration, amount: number): number {
  return duration.isNegative ? -amount : amount;
}

function isBusy(component: ICAL.Component): boolean {
  const value = (name: string) => String(component.getFirstPropertyValue(name) ?? "").trim().toUpperCase();
  return value("status") !== "CANCELLED" && value("transp") !== "TRANSPARENT" && value("x-microsoft-cdo-busystatus") !== "FREE";
}

function merged(spans: { start: number; end: number }[]): BusyTime[] {
  const sorted = spans.filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end)).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out.map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
}

function parseCalendars(text: string): ICAL.Component[] {
  const body = String(text ?? "").replace(/^\uFEFF/, "").trim();
  if (!body) throw new CalendarParseError("The calendar is empty: there is no text to read.");
  if (!/^BEGIN:VCALENDAR\s*$/im.test(body.split(/\r?\n/, 1)[0]!)) {
    throw new CalendarParseError(`This is not an iCalendar file: ${describeStart(body)}`);
  }
  if (!/(^|\n)END:VCALENDAR$/i.test(body)) {
    throw new CalendarParseError("The calendar ends early: END:VCALENDAR is missing, so the download may have been cut off.");
  }
  let parsed: unknown[];
  try {
    parsed = ICAL.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, " ").slice(0, 200) : "unreadable text";
    throw new CalendarParseError(`The calendar is not valid iCalendar: ${reason}.`);
  }
  // One VCALENDAR parses to one jCal array; several in a row to an array of them.
  const roots = typeof parsed[0] === "string" ? [parsed] : parsed;
  return roots.map((root) => new ICAL.Component(root as unknown[])).filter((c) => c.name === "vcalendar");
}

function describeStart(body: string): string {
  const opening = body.slice(0, 40).replace(/[\u0000-\u001f\u007f]+/g, " ");
  if (body.startsWith("<")) return `it looks like a web page (it starts with "${opening}").`;
  if (body.startsWith("{") || body.startsWith("[")) return `it looks like JSON (it starts with "${opening}").`;
  return `it should start with BEGIN:VCALENDAR but starts with "${opening}".`;
}

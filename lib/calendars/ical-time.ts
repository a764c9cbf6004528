// ical.js times as instants. A time bound to a VTIMEZONE from the file (ical.js finds those itself through the
// VCALENDAR component it was parsed into) or to UTC is ical.js's own arithmetic. A time ical.js leaves floating (no
// TZID, or a TZID with no VTIMEZONE, as Google writes "America/New_York") is a wall time read through the runtime's
// zone data, and a date is a whole day on the consultant's zone.
import ICAL from "ical.js";
import { canonicalTimeZone } from "../time/zone-names";
import { addDays, instantsForWallTime, startOfDay } from "../time/zoned-time";

/**
 * The IANA zone a time property's wall time is read on when ical.js has no VTIMEZONE for it: its TZID when the runtime
 * knows that name (also behind a prefix, "/mozilla.org/20050126_1/America/New_York"), else the consultant's zone.
 */
export function wallZoneOf(component: ICAL.Component, property: string, consultantZone: string): string {
  const tzid = component.getFirstProperty(property)?.getParameter("tzid");
  if (typeof tzid !== "string") return consultantZone;
  // IANA names have at most three parts; the longest tail first, so "America/Argentina/Buenos_Aires" stays whole.
  const segments = tzid.split("/");
  for (let first = Math.max(0, segments.length - 3); first < segments.length; first++) {
    const zone = canonicalTimeZone(segments.slice(first).join("/"));
    if (zone) return zone;
  }
  return consultantZone;
}

/**
 * Milliseconds since the epoch for an ical.js time: a date is the start of that day on `consultantZone`, a floating
 * time is read on `wallZone`. NaN for years the zone helpers cannot write (before 1 or after 9999).
 */
export function instantOf(time: ICAL.Time, wallZone: string, consultantZone: string): number {
  if (time.year < 1 || time.year > 9999) return NaN;
  if (time.isDate) return startOfDay(dateOf(time), consultantZone).getTime();
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone && time.zone.tzid !== "floating") {
    return time.toUnixTime() * 1000;
  }
  return wallTimeToInstant(dateOf(time), time.hour * 60 + time.minute, wallZone) + time.second * 1000;
}

/** The whole days from one ical.js date (or date-time) to another, on the calendar. */
export function daysBetween(from: ICAL.Time, to: ICAL.Time): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

function dateOf(time: ICAL.Time): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`;
}

/** The first instant the zone shows this wall time; for a time skipped when clocks go forward, the instant after the gap. */
function wallTimeToInstant(date: string, minutes: number, zone: string): number {
  const [first] = instantsForWallTime(date, minutes, zone);
  if (first) return first.getTime();
  // Gaps are an hour, sometimes half an hour, at most a day (Pacific/Apia, 2011): the first minute that exists ends it.
  for (let later = minutes + 1; later <= minutes + 24 * 60; later++) {
    const [after] = instantsForWallTime(addDays(date, Math.floor(later / 1440)), later % 1440, zone);
    if (after) return after.getTime();
  }
  return NaN;
}

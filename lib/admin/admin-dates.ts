import { addDays, wallTimeAt } from "../time/zoned-time";

// Every date and time the admin writes out, on the consultant's clock, in the long form the rest of the site uses:
// "Sunday, November 29, 2026, 3:35 AM". Never a numeric date (11/29/2026 reads differently in Europe).

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(formats: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, ...options });
    formats.set(timeZone, format);
  }
  return format;
}

/** "Sunday, November 29, 2026, 3:35 AM" in a zone. */
export function formatAdminDateTime(instant: Date, timeZone: string): string {
  const date = cached(dateFormats, timeZone, { weekday: "long", year: "numeric", month: "long", day: "numeric" });
  const time = cached(timeFormats, timeZone, { hour: "numeric", minute: "2-digit" });
  return `${date.format(instant)}, ${time.format(instant)}`;
}

/** "Today" or "Tomorrow" for an instant on that day of the zone's calendar, as of `now`; undefined for any other day. */
export function relativeDayLabel(instant: Date, now: Date, timeZone: string): "Today" | "Tomorrow" | undefined {
  const day = wallTimeAt(instant, timeZone).date;
  const today = wallTimeAt(now, timeZone).date;
  if (day === today) return "Today";
  if (day === addDays(today, 1)) return "Tomorrow";
  return undefined;
}

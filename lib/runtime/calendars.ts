import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { bookingCalendarCopy } from "../admin/booking-calendar-copy";
import { refreshCalendar, refreshDueCalendars, type CalendarRefresh, type RefreshOutcome } from "../calendars/refresh";
import { writeDueCalendarItems, type CalendarWriter } from "../calendars/write-queue";
import { resolveCalendarSources, type CalendarSource } from "../calendars/sources";
import { getBookingSettings } from "../content";
import { getSite } from "../site";
import { getStorage } from "./index";

// The consultant's calendars for the running site: read in the background by every server process (each read taken
// by one of them, see claimCalendarRead), and on demand from the admin's "Fetch now".

const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** The calendars named in booking.yaml, with what their environment variables hold. */
export function siteCalendarSources(): CalendarSource[] {
  return resolveCalendarSources(getBookingSettings().calendars.sources, process.env);
}

async function siteCalendarRefresh(): Promise<CalendarRefresh> {
  const settings = getBookingSettings();
  return {
    storage: await getStorage(),
    calendars: settings.calendars,
    sources: siteCalendarSources(),
    timeZone: settings.timeZone,
    daysAhead: settings.daysAhead,
    owner,
    clock: () => new Date(),
    alert: {
      consultantAddress: settings.email.consultantAddress,
      siteUrl: getSite().url,
      timeZone: settings.timeZone,
      whenStale: settings.calendars.whenStale,
    },
  };
}

/** The calendar bookings are written into (writeBookings: true), ready to write, if there is one that can be used. */
async function siteCalendarWriter(): Promise<CalendarWriter | undefined> {
  const settings = getBookingSettings();
  const target = siteCalendarSources().find((source) => source.kind === "caldav" && source.writeBookings);
  if (!target?.url || target.problem) return undefined;
  const storage = await getStorage();
  const site = getSite();
  return {
    storage,
    calendarId: target.id,
    account: { calendarUrl: target.url, username: target.username ?? "", password: target.password ?? "" },
    timeoutMs: settings.calendars.timeoutSeconds * 1000,
    owner,
    clock: () => new Date(),
    current: (item) => bookingCalendarCopy(storage.db, item, settings, site),
  };
}

/** Reads one calendar now (unless another process is reading it): the admin's "Fetch now". */
export async function fetchSiteCalendarNow(id: string): Promise<RefreshOutcome | undefined> {
  const refresh = await siteCalendarRefresh();
  const source = refresh.sources.find((candidate) => candidate.id === id);
  return source ? refreshCalendar(refresh, source, { force: true }) : undefined;
}

const running = Symbol.for("ko.calendarRefresher");
type WithRefresher = typeof globalThis & { [running]?: boolean };

/** How often each process looks for a calendar that is due; each calendar is read every `refreshMinutes`. */
const LOOK_EVERY_MS = 20_000;

/** Starts the background reads once per process, when booking.yaml names a calendar. */
export function startSiteCalendarRefresher(): void {
  const scope = globalThis as WithRefresher;
  if (scope[running] || siteCalendarSources().length === 0) return;
  scope[running] = true;
  let lastError = "";
  const pass = async () => {
    try {
      for (const result of await refreshDueCalendars(await siteCalendarRefresh())) {
        if (result.outcome === "failed") console.error(`Calendars: "${result.id}" could not be read: ${result.error}`);
      }
      const writer = await siteCalendarWriter();
      if (writer) await writeDueCalendarItems(writer);
      lastError = "";
    } catch (error) {
      // The database being away is logged once, not every pass.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) console.error(`Calendars: could not refresh: ${message}`);
      lastError = message;
    }
    setTimeout(pass, LOOK_EVERY_MS).unref();
  };
  console.log(`Calendars: reading ${siteCalendarSources().length} calendar(s) in the background.`);
  setTimeout(pass, 0).unref();
}

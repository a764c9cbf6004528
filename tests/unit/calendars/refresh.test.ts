import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { refreshCalendar, refreshDueCalendars, type CalendarRefresh } from "@/lib/calendars/refresh";
import { resolveCalendarSources } from "@/lib/calendars/sources";
import { deleteCalDavEvent, putCalDavEvent } from "@/lib/calendars/caldav";
import { calendarSettingsSchema, type CalendarSettings } from "@/lib/content/calendar-schema";
import { createBooking, listAvailableSlots } from "@/lib/booking/service";
import { listCalendarStates, troubledCalendars } from "@/lib/admin/calendars-view";
import { startIcsServer, type IcsServer } from "@/tests/support/ics-server";
import { startRadicale, type RadicaleServer } from "@/tests/support/radicale";
import { backends, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW, OPEN_SLOT } from "../booking/booking-fixtures";
import { starts } from "../booking/rules";

const MINUTE = 60_000;
const FEED_URL_ENV = "CALENDAR_TEST_URL";

/** One VCALENDAR with a one-hour meeting from `start` (UTC), as a calendar app exports it. */
function meetingAt(start: Date, summary = "Board meeting"): string {
  const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "BEGIN:VEVENT",
    `UID:${stamp(start)}-meeting@google.com`,
    `DTSTAMP:${stamp(NOW)}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(new Date(start.getTime() + 60 * MINUTE))}`,
    `SUMMARY:${summary}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

const emptyCalendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nEND:VCALENDAR\r\n";

function calendarSettings(overrides: Partial<CalendarSettings> = {}): CalendarSettings {
  return calendarSettingsSchema.parse({
    timeoutSeconds: 1,
    sources: [{ id: "work", name: "Work", kind: "ics", urlEnv: FEED_URL_ENV }],
    ...overrides,
  });
}

let feeds: IcsServer;
beforeAll(async () => {
  feeds = await startIcsServer();
});
afterAll(() => feeds.stop());

describe.each(backends)("the consultant's calendar subscription, on $name", ({ skip, create }) => {
  let test: TestStorage;
  let clock: Date;
  let feedName: string;

  beforeEach(async (context) => {
    if (skip) context.skip();
    test = await create();
    clock = NOW;
    feedName = `secret-${Math.random().toString(36).slice(2)}/basic.ics`;
    feeds.mode = "ok";
    feeds.conditional = true;
    feeds.publish(feedName, emptyCalendar);
  });
  afterEach(async () => {
    await test?.cleanUp();
  });

  function refreshFor(calendars: CalendarSettings, owner = "server-a", env: Record<string, string> = { [FEED_URL_ENV]: feeds.url(feedName) }): CalendarRefresh {
    return {
      storage: test.storage,
      calendars,
      sources: resolveCalendarSources(calendars.sources, env),
      timeZone: berlinRules.timeZone,
      daysAhead: berlinRules.daysAhead,
      owner,
      clock: () => clock,
      alert: { consultantAddress: berlinMail.consultantAddress, siteUrl: berlinMail.site.url, timeZone: berlinRules.timeZone, whenStale: calendars.whenStale },
    };
  }
  const slotsOn = (calendars: CalendarSettings) =>
    listAvailableSlots(test.storage, { ...berlinRules, calendars }, clock, OPEN_SLOT, new Date(OPEN_SLOT.getTime() + 3 * 60 * MINUTE));
  const requestsFor = () => feeds.requests.filter((request) => request.name === feedName);
  const calendarEmails = () =>
    test.storage.db.selectFrom("outbox").select(["recipient", "subject", "text_body"]).where("kind", "=", "consultant-calendar-failing").execute();

  it("a meeting added to the consultant's calendar closes its time, with the buffer, once the calendar is read", async () => {
    const calendars = calendarSettings();
    expect(starts(await slotsOn(calendars))).toContain(OPEN_SLOT.toISOString());

    feeds.publish(feedName, meetingAt(OPEN_SLOT));
    expect(starts(await slotsOn(calendars))).toContain(OPEN_SLOT.toISOString()); // a page never waits on the calendar
    const [outcome] = await refreshDueCalendars(refreshFor(calendars));
    expect(outcome).toMatchObject({ id: "work", outcome: "read", eventsRead: 1 });

    // 09:00–10:00 in Berlin is busy; with the 15-minute buffer, 10:00 closes too; 10:30 to the end of the morning is free.
    expect(starts(await slotsOn(calendars))).toEqual(["2026-06-03T08:30:00.000Z", "2026-06-03T09:00:00.000Z", "2026-06-03T09:30:00.000Z"]);
  });

  it("a calendar that has not changed is asked with its ETag, answers 304, and its copy is kept for the moved window", async () => {
    const calendars = calendarSettings();
    feeds.publish(feedName, meetingAt(OPEN_SLOT));
    await refreshDueCalendars(refreshFor(calendars));
    clock = new Date(NOW.getTime() + 5 * MINUTE);
    const [second] = await refreshDueCalendars(refreshFor(calendars));
    expect(second).toMatchObject({ outcome: "unchanged", eventsRead: 1 });
    expect(requestsFor().map((request) => request.status)).toEqual([200, 304]);
    expect(requestsFor()[1]!.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
    expect(starts(await slotsOn(calendars))).not.toContain(OPEN_SLOT.toISOString());
  });

  it("each calendar is read once per interval, however many server processes look for it", async () => {
    const calendars = calendarSettings();
    const outcomes = await Promise.all(["a", "b", "c"].map((owner) => refreshDueCalendars(refreshFor(calendars, owner))));
    expect(outcomes.flat().map((outcome) => outcome.outcome).sort()).toEqual(["read", "skipped", "skipped"]);
    clock = new Date(NOW.getTime() + 2 * MINUTE);
    expect((await refreshDueCalendars(refreshFor(calendars, "b")))[0]!.outcome).toBe("skipped");
    clock = new Date(NOW.getTime() + 5 * MINUTE);
    expect((await refreshDueCalendars(refreshFor(calendars, "b")))[0]!.outcome).not.toBe("skipped");
    expect(requestsFor()).toHaveLength(2);
  });

  it("a calendar that fails keeps its last copy, shows why in the admin, and emails the consultant once when the copy goes stale", async () => {
    const calendars = calendarSettings({ staleAfterMinutes: 60 });
    feeds.publish(feedName, meetingAt(OPEN_SLOT));
    await refreshDueCalendars(refreshFor(calendars));
    feeds.mode = "error";
    for (const minutes of [5, 10, 30]) {
      clock = new Date(NOW.getTime() + minutes * MINUTE);
      expect((await refreshDueCalendars(refreshFor(calendars)))[0]).toMatchObject({ outcome: "failed", error: "the calendar’s address answered 500 Internal Server Error" });
    }
    expect(starts(await slotsOn(calendars))).not.toContain(OPEN_SLOT.toISOString());
    const states = await listCalendarStates(test.storage, calendars, refreshFor(calendars).sources, clock);
    expect(troubledCalendars(states)).toMatchObject([{ name: "Work", error: "the calendar’s address answered 500 Internal Server Error", stale: false }]);
    expect(await calendarEmails()).toHaveLength(0);

    for (const minutes of [65, 70, 75, 80]) {
      clock = new Date(NOW.getTime() + minutes * MINUTE);
      await refreshDueCalendars(refreshFor(calendars));
    }
    const emails = await calendarEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ recipient: berlinMail.consultantAddress, subject: "Your calendar “Work” cannot be read" });
    expect(emails[0]!.text_body).toContain("answered 500 Internal Server Error");
    expect(emails[0]!.text_body).toContain("keeps offering times from the last copy");

    // Back, then down again for an hour: a new run of failures, a new email.
    feeds.mode = "ok";
    clock = new Date(NOW.getTime() + 90 * MINUTE);
    expect((await refreshDueCalendars(refreshFor(calendars)))[0]!.outcome).toBe("unchanged");
    expect(troubledCalendars(await listCalendarStates(test.storage, calendars, refreshFor(calendars).sources, clock))).toEqual([]);
    feeds.mode = "error";
    for (const minutes of [95, 160, 165]) {
      clock = new Date(NOW.getTime() + minutes * MINUTE);
      await refreshDueCalendars(refreshFor(calendars));
    }
    expect(await calendarEmails()).toHaveLength(2);
  });

  it("with whenStale: stop-offering, no time is offered once the copy is stale, and they come back when it answers", async () => {
    const calendars = calendarSettings({ whenStale: "stop-offering", staleAfterMinutes: 30 });
    expect(await slotsOn(calendars)).toEqual([]); // never read: nothing to trust yet
    await refreshDueCalendars(refreshFor(calendars));
    expect(starts(await slotsOn(calendars))).toContain(OPEN_SLOT.toISOString());

    feeds.mode = "error";
    clock = new Date(NOW.getTime() + 31 * MINUTE);
    await refreshDueCalendars(refreshFor(calendars));
    expect(await slotsOn(calendars)).toEqual([]);
    const refused = await createBooking(test.storage, { ...berlinRules, calendars }, clock, founder(), berlinMail);
    expect(refused).toMatchObject({ kind: "unavailable", reason: "closed" });
    expect((await calendarEmails())[0]!.text_body).toContain("offers no times");

    feeds.mode = "ok";
    clock = new Date(NOW.getTime() + 40 * MINUTE);
    await refreshDueCalendars(refreshFor(calendars));
    expect(starts(await slotsOn(calendars))).toContain(OPEN_SLOT.toISOString());
  });

  it("a form loaded before the meeting was added cannot book over it: the booking re-checks the stored copy", async () => {
    const calendars = calendarSettings();
    await refreshDueCalendars(refreshFor(calendars));
    expect(starts(await slotsOn(calendars))).toContain(OPEN_SLOT.toISOString()); // the founder's page shows 09:00

    feeds.publish(feedName, meetingAt(OPEN_SLOT, "Dentist"));
    clock = new Date(NOW.getTime() + 5 * MINUTE);
    await refreshDueCalendars(refreshFor(calendars));
    const outcome = await createBooking(test.storage, { ...berlinRules, calendars }, clock, founder(), berlinMail);
    expect(outcome).toMatchObject({ kind: "unavailable", reason: "closed" });
    if (outcome.kind === "unavailable") expect(outcome.nearest.map((slot) => slot.start.toISOString())).not.toContain(OPEN_SLOT.toISOString());
  });

  it("a calendar that never answers fails after the timeout, and one whose address is not set is named, not read", async () => {
    feeds.mode = "silent";
    const started = Date.now();
    const [slow] = await refreshDueCalendars(refreshFor(calendarSettings()));
    expect(slow).toMatchObject({ outcome: "failed", error: "no answer within 1 s" });
    expect(Date.now() - started).toBeLessThan(5_000);

    const unset = refreshFor(calendarSettings(), "server-a", {});
    const [missing] = await Promise.all(unset.sources.map((source) => refreshCalendar(unset, source, { force: true })));
    expect(missing).toMatchObject({ outcome: "failed", error: `${FEED_URL_ENV} is not set` });
  });

  it("what the address sends that is not a calendar is reported in words, and the last copy stays", async () => {
    const calendars = calendarSettings();
    feeds.publish(feedName, meetingAt(OPEN_SLOT));
    await refreshDueCalendars(refreshFor(calendars));
    feeds.publish(feedName, "<!doctype html><title>Sign in</title>");
    clock = new Date(NOW.getTime() + 5 * MINUTE);
    const [outcome] = await refreshDueCalendars(refreshFor(calendars));
    expect(outcome).toMatchObject({ outcome: "failed" });
    if (outcome?.outcome === "failed") expect(outcome.error).toMatch(/^what the address sent is not a calendar: /);
    expect(starts(await slotsOn(calendars))).not.toContain(OPEN_SLOT.toISOString());
  });
});

describe.each(backends)("the consultant's CalDAV calendar, on $name", ({ skip, create }) => {
  let radicale: RadicaleServer;
  let test: TestStorage;
  beforeAll(async () => {
    if (!skip) radicale = await startRadicale();
  }, 60_000);
  afterAll(async () => {
    await radicale?.stop();
  });
  beforeEach(async (context) => {
    if (skip) context.skip();
    test = await create();
  });
  afterEach(async () => {
    await test?.cleanUp();
  });

  it("an event put into the calendar over CalDAV closes its time; removed, the time opens again", async () => {
    const calendars = calendarSettingsSchema.parse({
      timeoutSeconds: 5,
      sources: [{ id: "fastmail", name: "Fastmail", kind: "caldav", urlEnv: "DAV_URL", usernameEnv: "DAV_USER", passwordEnv: "DAV_PASSWORD" }],
    });
    const account = { calendarUrl: radicale.calendarUrl, username: radicale.user, password: radicale.password };
    const refresh: CalendarRefresh = {
      storage: test.storage,
      calendars,
      sources: resolveCalendarSources(calendars.sources, { DAV_URL: radicale.calendarUrl, DAV_USER: radicale.user, DAV_PASSWORD: radicale.password }),
      timeZone: berlinRules.timeZone,
      daysAhead: berlinRules.daysAhead,
      owner: "server-a",
      clock: () => NOW,
      alert: { consultantAddress: berlinMail.consultantAddress, siteUrl: berlinMail.site.url, timeZone: berlinRules.timeZone, whenStale: "keep-offering" },
    };
    const slots = () => listAvailableSlots(test.storage, { ...berlinRules, calendars }, NOW, OPEN_SLOT, new Date(OPEN_SLOT.getTime() + 60 * MINUTE));
    const fileName = `meeting-${Math.random().toString(36).slice(2)}.ics`;

    await putCalDavEvent(account, fileName, meetingAt(OPEN_SLOT, "Client workshop"), { timeoutMs: 5_000 });
    const [read] = await Promise.all(refresh.sources.map((source) => refreshCalendar(refresh, source, { force: true })));
    expect(read).toMatchObject({ outcome: "read", eventsRead: 1 });
    expect(starts(await slots())).not.toContain(OPEN_SLOT.toISOString());

    await deleteCalDavEvent(account, fileName, { timeoutMs: 5_000 });
    await Promise.all(refresh.sources.map((source) => refreshCalendar(refresh, source, { force: true })));
    expect(starts(await slots())).toContain(OPEN_SLOT.toISOString());
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { bookingCalendarCopy } from "@/lib/admin/booking-calendar-copy";
import { cancelBooking, moveBooking } from "@/lib/booking/lifecycle";
import { createBooking } from "@/lib/booking/service";
import { fetchCalDavEvents } from "@/lib/calendars/caldav";
import { writeDueCalendarItems, type CalendarWriter } from "@/lib/calendars/write-queue";
import { summariseCalendarWrites } from "@/lib/db/calendar-writes";
import { startRadicale, type RadicaleServer } from "@/tests/support/radicale";
import { backends, type TestStorage } from "../db/test-storage";
import { berlinContext, berlinMail, berlinRules, founder, NOW, OPEN_SLOT } from "../booking/booking-fixtures";

const MINUTE = 60_000;
const mail = { ...berlinMail, bookingCalendar: "fastmail" };
const MOVED_TO = new Date(OPEN_SLOT.getTime() + 24 * 60 * MINUTE); // Thursday, 09:00 in Berlin

let radicale: RadicaleServer;
beforeAll(async () => {
  radicale = await startRadicale();
}, 60_000);
afterAll(async () => {
  await radicale?.stop();
});

describe.each(backends)("bookings written into the consultant's CalDAV calendar, on $name", ({ skip, create }) => {
  let test: TestStorage;
  let clock: Date;
  let calendarUrl: string;

  beforeEach(async (context) => {
    if (skip) context.skip();
    test = await create();
    clock = NOW;
    // A calendar collection of its own per test, so tests never see each other's events.
    calendarUrl = `${radicale.calendarUrl.replace(/[^/]+\/$/, "")}cal-${Math.random().toString(36).slice(2)}/`;
    const made = await fetch(calendarUrl, { method: "MKCALENDAR", headers: { authorization: `Basic ${btoa(`${radicale.user}:${radicale.password}`)}` } });
    expect(made.status).toBe(201);
  });
  afterEach(async () => {
    await test?.cleanUp();
  });

  const account = () => ({ calendarUrl, username: radicale.user, password: radicale.password });
  function writer(owner = "server-a"): CalendarWriter {
    const { settings } = berlinContext(test.storage, NOW);
    return {
      storage: test.storage,
      calendarId: "fastmail",
      account: account(),
      timeoutMs: 3_000,
      owner,
      clock: () => clock,
      current: (item) => bookingCalendarCopy(test.storage.db, item, settings, { url: mail.site.url, name: mail.site.name }),
    };
  }
  async function eventsInCalendar() {
    const texts = await fetchCalDavEvents(account(), { from: NOW, to: new Date(NOW.getTime() + 30 * 24 * 60 * MINUTE) }, { timeoutMs: 3_000 });
    return texts.map((text) => ({ text, event: new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!) }));
  }
  async function book() {
    const outcome = await createBooking(test.storage, berlinRules, clock, founder(), mail);
    if (outcome.kind !== "booked") throw new Error(`not booked: ${outcome.kind}`);
    return outcome.booking;
  }

  it("a booking appears in the calendar with the founder's name, answers and the invite's UID, moves with it and leaves when cancelled", async () => {
    const booking = await book();
    expect(await writeDueCalendarItems(writer())).toEqual({ written: 1, failed: 0 });
    const [stored] = await eventsInCalendar();
    expect(stored!.event.uid).toBe(`${booking.id}@ko.example`);
    expect(stored!.event.summary).toBe("Intro call: Ada Lovelace (Analytical Engines)");
    expect(stored!.event.description).toContain("Month-end close takes a week.");
    expect(stored!.event.description).toContain(`/admin/bookings/${booking.id}`);
    expect(stored!.event.startDate.toJSDate()).toEqual(OPEN_SLOT);
    expect(stored!.text).not.toContain("METHOD:");

    const moved = await moveBooking(test.storage, berlinRules, clock, { token: booking.manageToken, start: MOVED_TO }, mail);
    expect(moved.kind).toBe("moved");
    await writeDueCalendarItems(writer());
    const afterMove = await eventsInCalendar();
    expect(afterMove.map((entry) => entry.event.startDate.toJSDate())).toEqual([MOVED_TO]);
    expect(afterMove[0]!.event.uid).toBe(`${booking.id}@ko.example`);

    await cancelBooking(test.storage, mail, clock, { bookingId: booking.id, by: "founder" });
    await writeDueCalendarItems(writer());
    expect(await eventsInCalendar()).toEqual([]);
    expect(await summariseCalendarWrites(test.storage.db, "fastmail")).toEqual({ waiting: 0, lastError: null });
  });

  it("with the calendar server down, the booking waits, is retried, and arrives exactly once when it is back", async () => {
    await radicale.stop();
    try {
      const booking = await book();
      expect(await writeDueCalendarItems(writer())).toEqual({ written: 0, failed: 1 });
      const waiting = await summariseCalendarWrites(test.storage.db, "fastmail");
      expect(waiting.waiting).toBe(1);
      expect(waiting.lastError).toMatch(/^could not connect to 127\.0\.0\.1:\d+$/);
      // Not retried at once: the next try is a minute later.
      expect(await writeDueCalendarItems(writer())).toEqual({ written: 0, failed: 0 });

      await radicale.start();
      clock = new Date(NOW.getTime() + 2 * MINUTE);
      expect(await writeDueCalendarItems(writer())).toEqual({ written: 1, failed: 0 });
      // A crash after the calendar took the event but before the queue said so: written again, still one event.
      await test.storage.db.updateTable("calendar_writes").set({ status: "pending" }).execute();
      expect(await writeDueCalendarItems(writer())).toEqual({ written: 1, failed: 0 });
      const events = await eventsInCalendar();
      expect(events.map((entry) => entry.event.uid)).toEqual([`${booking.id}@ko.example`]);
    } finally {
      await radicale.start().catch(() => undefined);
    }
  });

  it("two server processes writing at once: one writes, in order, and the latest state wins", async () => {
    const booking = await book();
    await moveBooking(test.storage, berlinRules, clock, { token: booking.manageToken, start: MOVED_TO }, mail);
    const results = await Promise.all([writeDueCalendarItems(writer("a")), writeDueCalendarItems(writer("b"))]);
    expect(results.map((result) => result.written).sort()).toEqual([0, 1]);
    const events = await eventsInCalendar();
    expect(events.map((entry) => entry.event.startDate.toJSDate())).toEqual([MOVED_TO]);
    expect(await summariseCalendarWrites(test.storage.db, "fastmail")).toEqual({ waiting: 0, lastError: null });
  });
});

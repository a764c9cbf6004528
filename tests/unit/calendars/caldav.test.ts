import net from "node:net";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CalDavError,
  deleteCalDavEvent,
  fetchCalDavEvents,
  putCalDavEvent,
  type CalDavAccount,
} from "@/lib/calendars/caldav";
import { startRadicale, type RadicaleServer } from "@/tests/support/radicale";

const TIMEOUT = { timeoutMs: 5_000 };

let server: RadicaleServer;
let account: CalDavAccount;

beforeAll(async () => {
  server = await startRadicale();
  account = { calendarUrl: server.calendarUrl, username: server.user, password: server.password };
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A VCALENDAR with one event in UTC; `rrule` e.g. "FREQ=WEEKLY". */
function ics(uid: string, start: string, end: string, rrule?: string): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ko//caldav test//EN",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    "DTSTAMP:20300101T000000Z",
    `DTSTART:${start}`,
    `DTEND:${end}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    "SUMMARY:Busy",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

/** UID and DTSTART (as UTC text) of each returned object, parsed with ical.js. */
function events(texts: string[]): { uid: string; start: string }[] {
  return texts.map((text) => {
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: event.startDate.toJSDate().toISOString() };
  });
}

function range(from: string, to: string) {
  return { from: new Date(from), to: new Date(to) };
}

async function uidsIn(from: string, to: string): Promise<string[]> {
  return events(await fetchCalDavEvents(account, range(from, to), TIMEOUT)).map((event) => event.uid);
}

async function rejection(promise: Promise<unknown>): Promise<CalDavError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(CalDavError);
  return error as CalDavError;
}

describe("CalDAV client against a real Radicale", () => {
  it("finds an event by a time range that overlaps it, and not by one that does not", async () => {
    await putCalDavEvent(account, "single.ics", ics("single", "20300304T090000Z", "20300304T100000Z"), TIMEOUT);

    expect(await uidsIn("2030-03-04T00:00:00Z", "2030-03-05T00:00:00Z")).toEqual(["single"]);
    expect(await uidsIn("2030-03-04T09:30:00Z", "2030-03-04T09:45:00Z")).toEqual(["single"]);
    expect(await uidsIn("2030-03-05T00:00:00Z", "2030-03-06T00:00:00Z")).toEqual([]);
    // The range is half-open: one that ends as the event starts does not overlap it.
    expect(await uidsIn("2030-03-04T08:00:00Z", "2030-03-04T09:00:00Z")).toEqual([]);

    await deleteCalDavEvent(account, "single.ics", TIMEOUT);
  });

  it("finds a weekly event whose first occurrence is before the range when a later one falls inside", async () => {
    // Mondays 14:00-15:00 UTC from 2030-01-07.
    await putCalDavEvent(account, "weekly.ics", ics("weekly", "20300107T140000Z", "20300107T150000Z", "FREQ=WEEKLY"), TIMEOUT);

    expect(await uidsIn("2030-04-01T00:00:00Z", "2030-04-02T00:00:00Z")).toEqual(["weekly"]); // a Monday
    expect(await uidsIn("2030-04-02T00:00:00Z", "2030-04-03T00:00:00Z")).toEqual([]); // the Tuesday after
    expect(await uidsIn("2029-12-01T00:00:00Z", "2030-01-07T14:00:00Z")).toEqual([]); // before the first

    await deleteCalDavEvent(account, "weekly.ics", TIMEOUT);
  });

  it("replaces an event stored under the same file name", async () => {
    await putCalDavEvent(account, "moved.ics", ics("moved", "20300305T090000Z", "20300305T100000Z"), TIMEOUT);
    await putCalDavEvent(account, "moved.ics", ics("moved", "20300305T130000Z", "20300305T140000Z"), TIMEOUT);

    const found = events(await fetchCalDavEvents(account, range("2030-03-05T00:00:00Z", "2030-03-06T00:00:00Z"), TIMEOUT));
    expect(found).toEqual([{ uid: "moved", start: "2030-03-05T13:00:00.000Z" }]);

    await deleteCalDavEvent(account, "moved.ics", TIMEOUT);
  });

  it("deletes an event, and deleting it again is not an error", async () => {
    await putCalDavEvent(account, "gone.ics", ics("gone", "20300306T090000Z", "20300306T100000Z"), TIMEOUT);
    expect(await uidsIn("2030-03-06T00:00:00Z", "2030-03-07T00:00:00Z")).toEqual(["gone"]);

    await deleteCalDavEvent(account, "gone.ics", TIMEOUT);
    expect(await uidsIn("2030-03-06T00:00:00Z", "2030-03-07T00:00:00Z")).toEqual([]);
    await expect(deleteCalDavEvent(account, "gone.ics", TIMEOUT)).resolves.toBeUndefined();
  });

  it("reports a wrong password as a 401 with a readable message", async () => {
    const wrong = { ...account, password: "not-the-password" };
    const message = "the calendar server answered 401 Unauthorized (check the user and password)";

    const onFetch = await rejection(fetchCalDavEvents(wrong, range("2030-03-01T00:00:00Z", "2030-04-01T00:00:00Z"), TIMEOUT));
    expect(onFetch.status).toBe(401);
    expect(onFetch.message).toBe(message);

    const onPut = await rejection(putCalDavEvent(wrong, "x.ics", ics("x", "20300307T090000Z", "20300307T100000Z"), TIMEOUT));
    expect(onPut.status).toBe(401);
    expect(onPut.message).toBe(message);

    const onDelete = await rejection(deleteCalDavEvent(wrong, "x.ics", TIMEOUT));
    expect(onDelete.status).toBe(401);
  });

  it("reports a calendar address that does not exist as a 404", async () => {
    const missing = { ...account, calendarUrl: `${server.url}${server.user}/no-such-calendar/` };
    const error = await rejection(fetchCalDavEvents(missing, range("2030-03-01T00:00:00Z", "2030-04-01T00:00:00Z"), TIMEOUT));
    expect(error.status).toBe(404);
    expect(error.message).toMatch(/^the calendar server answered 404/);
  });

  it("reports a stopped server as 'could not connect' at once, and works again once it is back", async () => {
    await putCalDavEvent(account, "kept.ics", ics("kept", "20300308T090000Z", "20300308T100000Z"), TIMEOUT);
    await server.stop();
    try {
      const started = Date.now();
      const error = await rejection(fetchCalDavEvents(account, range("2030-03-08T00:00:00Z", "2030-03-09T00:00:00Z"), TIMEOUT));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(error.message).toBe(`could not connect to ${new URL(server.url).host}`);
      expect(error.status).toBeUndefined();

      await rejection(putCalDavEvent(account, "kept.ics", ics("kept", "20300308T090000Z", "20300308T100000Z"), TIMEOUT));
    } finally {
      await server.start();
    }
    expect(await uidsIn("2030-03-08T00:00:00Z", "2030-03-09T00:00:00Z")).toEqual(["kept"]);
    await deleteCalDavEvent(account, "kept.ics", TIMEOUT);
  });

  it("gives up on a server that accepts the connection but never answers, within timeoutMs", async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on("error", () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", () => resolve()));
    const { port } = silent.address() as net.AddressInfo;
    const mute = { ...account, calendarUrl: `http://127.0.0.1:${port}/consultant/calendar/` };
    try {
      for (const call of [
        () => fetchCalDavEvents(mute, range("2030-03-01T00:00:00Z", "2030-04-01T00:00:00Z"), { timeoutMs: 300 }),
        () => putCalDavEvent(mute, "x.ics", ics("x", "20300307T090000Z", "20300307T100000Z"), { timeoutMs: 300 }),
        () => deleteCalDavEvent(mute, "x.ics", { timeoutMs: 300 }),
      ]) {
        const started = Date.now();
        const error = await rejection(call());
        const took = Date.now() - started;
        expect(error.message).toBe("no answer within 0.3 s");
        expect(took).toBeGreaterThanOrEqual(250);
        expect(took).toBeLessThan(2_000);
      }
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

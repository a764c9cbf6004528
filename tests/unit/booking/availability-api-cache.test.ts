import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BookingContext } from "@/lib/booking/context";
import { computeAvailableSlots } from "@/lib/booking/availability";
import { createBooking, findTakenTimes } from "@/lib/booking/service";
import { handleAvailabilityRequest } from "@/lib/booking/web/api";
import { mailSettingsFrom } from "@/lib/booking/notifications/mail-settings";
import { readBookingSettings } from "@/lib/content/booking-settings";
import { openStorage, type Storage } from "@/lib/db/connect";
import { createRateLimiter } from "@/lib/db/rate-limits";
import { insertTimeOff } from "@/lib/db/time-off";
import { addDays, startOfDay, wallTimeAt } from "@/lib/time/zoned-time";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { repoRoot } from "../fixtures";
import { founder } from "./booking-fixtures";

// GET /api/availability writes each zone's and range's answer once while the free times stand. Whatever it keeps, every
// answer must be the one a computation from scratch gives at that instant: a write from any handle is seen by the next
// request, the minute turning over is seen at once, and no two questions share an answer.
// The site's own rules: New York hours, 24 hours' notice, 21 days ahead.
const settings = readBookingSettings(path.join(repoRoot, "content"));
const mail = mailSettingsFrom(settings, { name: "Kofi Osei", role: "AI Operations", url: "https://ko.example" });
/** Monday 1 June 2026, 08:00 in New York. */
const NOW = new Date("2026-06-01T12:00:00Z");
/** Wednesday 3 June, 09:00 in New York. */
const OPEN = new Date("2026-06-03T13:00:00Z");

let test: TestStorage;
/** Another process on the same database: its own connection, its own memory of free times. */
let other: Storage;
let now: Date;
let context: BookingContext;
beforeAll(async () => {
  test = await createTestSqlite();
  other = openStorage(test.config);
});
afterAll(async () => {
  await other.close();
  await test.cleanUp();
});
beforeEach(async () => {
  await test.storage.db.deleteFrom("bookings").execute();
  await test.storage.db.deleteFrom("time_off").execute();
  now = NOW;
  context = {
    storage: async () => test.storage,
    settings,
    mail,
    now: () => now,
    rateLimiter: createRateLimiter(async () => test.storage, { scope: "booking", limit: 1000, windowMs: 600_000 }),
    trustedProxyHops: 1,
  };
});

interface Answer {
  timeZone: string;
  slots: { start: string; end: string }[];
}

async function ask(query: string): Promise<{ text: string; body: Answer }> {
  const response = await handleAvailabilityRequest(new Request(`http://site.test/api/availability?${query}`), context);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("cache-control")).toBe("no-store");
  const text = await response.text();
  return { text, body: JSON.parse(text) as Answer };
}

/** What the API must say, worked out from scratch: what is taken now, the rules, the dates read in the zone. */
async function fromScratch(query: string): Promise<Answer> {
  const params = new URLSearchParams(query);
  const timeZone = params.get("timeZone") ?? settings.timeZone;
  const from = params.get("from") ?? wallTimeAt(now, timeZone).date;
  const to = params.get("to") ?? addDays(from, settings.daysAhead);
  const taken = await findTakenTimes(test.storage.db, settings, now);
  const slots = computeAvailableSlots(settings, taken, now, startOfDay(from, timeZone), startOfDay(addDays(to, 1), timeZone));
  return { timeZone, slots: slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) };
}

async function expectFresh(query: string): Promise<Answer> {
  const { body } = await ask(query);
  expect(body, query).toEqual(await fromScratch(query));
  return body;
}

const starts = (answer: Answer) => answer.slots.map((slot) => slot.start);

describe("GET /api/availability, answers kept while the free times stand", () => {
  it("gives each zone and range its own answer, the one a fresh computation gives, asked in any order", async () => {
    const queries = [
      "from=2026-06-03&to=2026-06-03&timeZone=America/New_York",
      "from=2026-06-03&to=2026-06-03&timeZone=Asia/Kolkata",
      "from=2026-06-03&to=2026-06-03&timeZone=Pacific/Auckland",
      "from=2026-06-03&to=2026-06-04&timeZone=America/New_York",
      "from=2026-06-04&to=2026-06-04&timeZone=America/New_York",
      "from=2026-06-05&to=2026-06-22",
      "",
    ];
    const first = new Map<string, string>();
    for (const query of queries) {
      await expectFresh(query);
      first.set(query, (await ask(query)).text);
    }
    // Every question has an answer of its own: none is another's.
    expect(new Set(first.values()).size).toBe(queries.length);
    for (const query of [...queries].reverse()) expect((await ask(query)).text, query).toBe(first.get(query));
  });

  it("a zone written in another letter case gets the same answer as its one name", async () => {
    const kolkata = await ask("from=2026-06-03&to=2026-06-03&timeZone=Asia/Kolkata");
    expect((await ask("from=2026-06-03&to=2026-06-03&timeZone=aSiA/cAlCuTtA")).text).toBe(kolkata.text);
  });

  it("leaves out a time booked through the API's own storage, on the very next request in the same minute", async () => {
    const query = "from=2026-06-03&to=2026-06-03&timeZone=Asia/Kolkata";
    expect(starts(await expectFresh(query))).toContain(OPEN.toISOString());
    expect((await createBooking(test.storage, settings, NOW, founder({ start: OPEN }), mail)).kind).toBe("booked");
    // The buffer closes the slot after it too: the answer is worked out anew, not the old one less a slot.
    const after = starts(await expectFresh(query));
    expect(after).not.toContain(OPEN.toISOString());
    expect(after).not.toContain(new Date(OPEN.getTime() + 30 * 60_000).toISOString());
  });

  it("sees a booking and time off written by another process, and a cancellation, at once", async () => {
    const query = "from=2026-06-03&to=2026-06-04";
    expect(starts(await expectFresh(query))).toContain(OPEN.toISOString());
    const outcome = await createBooking(other, settings, NOW, founder({ start: OPEN }), mail);
    if (outcome.kind !== "booked") throw new Error(outcome.kind);
    expect(starts(await expectFresh(query))).not.toContain(OPEN.toISOString());

    const thursday = new Date("2026-06-04T13:00:00Z");
    expect(starts(await expectFresh(query))).toContain(thursday.toISOString());
    await insertTimeOff(other.db, { id: "dentist", start: thursday, end: new Date(thursday.getTime() + 3_600_000), createdAt: NOW });
    expect(starts(await expectFresh(query))).not.toContain(thursday.toISOString());

    await other.db.deleteFrom("bookings").execute();
    expect(starts(await expectFresh(query))).toContain(OPEN.toISOString());
  });

  it("keeps an answer for the minute and gives the next minute's at once", async () => {
    // Tuesday 2 June, 09:00 in New York, the first slot of the day: offered while it is 24 hours away or more.
    const nine = new Date("2026-06-02T13:00:00Z");
    const query = "from=2026-06-02&to=2026-06-02&timeZone=America/New_York";
    const offeredAt = async (instant: string) => {
      now = new Date(instant);
      return starts(await expectFresh(query)).includes(nine.toISOString());
    };
    expect(await offeredAt("2026-06-01T12:59:00.001Z")).toBe(true);
    expect(await offeredAt("2026-06-01T12:59:59.999Z")).toBe(true);
    // The minute's first instant has an answer of its own: exactly 24 hours' notice still books.
    expect(await offeredAt("2026-06-01T13:00:00.000Z")).toBe(true);
    expect(await offeredAt("2026-06-01T13:00:00.001Z")).toBe(false);
    expect(await offeredAt("2026-06-01T13:00:59.999Z")).toBe(false);
    // And back: an earlier minute asked again is worked out for that minute, not taken from the later one.
    expect(await offeredAt("2026-06-01T12:59:30.000Z")).toBe(true);
  });

  it("the same dates asked days later are worked out for that day", async () => {
    const query = "from=2026-06-08&to=2026-06-10";
    const monday = await expectFresh(query);
    now = new Date(NOW.getTime() + 86_400_000);
    const tuesday = await expectFresh(query);
    expect(tuesday).toEqual(monday);
    now = new Date(NOW.getTime() + 7 * 86_400_000);
    expect(starts(await expectFresh(query))).not.toEqual(starts(monday));
  });
});

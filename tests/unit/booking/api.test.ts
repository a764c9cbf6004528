import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BookingContext } from "@/lib/booking/context";
import { handleAvailabilityRequest, handleBookingRequest } from "@/lib/booking/web/api";
import { createRateLimiter } from "@/lib/db/rate-limits";
import { readBookingSettings } from "@/lib/content/booking-settings";
import { mailSettingsFrom } from "@/lib/booking/notifications/mail-settings";
import { countBookings } from "@/lib/db/bookings";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { repoRoot } from "../fixtures";

// The route handlers' own functions, called with real Request objects against a temporary SQLite database and the
// site's real content/booking.yaml (New York hours, 24 hours' notice, 21 days ahead, a 15-minute buffer).
const settings = readBookingSettings(path.join(repoRoot, "content"));
/** Monday 1 June 2026, 08:00 in New York. */
const mail = mailSettingsFrom(settings, { name: "Kofi Osei", role: "AI Operations", url: "https://ko.example" });
const NOW = new Date("2026-06-01T12:00:00Z");
/** Wednesday 3 June, 09:00 in New York. */
const OPEN = "2026-06-03T13:00:00.000Z";

let test: TestStorage;
let context: BookingContext;
beforeAll(async () => {
  test = await createTestSqlite();
});
afterAll(async () => {
  await test.cleanUp();
});
beforeEach(async () => {
  await test.storage.db.deleteFrom("bookings").execute();
  await test.storage.db.deleteFrom("rate_limit_counters").execute();
  context = {
    storage: async () => test.storage,
    settings,
    mail,
    now: () => NOW,
    rateLimiter: createRateLimiter(async () => test.storage, { scope: "booking", limit: 1000, windowMs: 600_000 }),
    trustedProxyHops: 1,
  };
});

const valid = { name: "Ada Lovelace", email: "ada@analytical.example", company: "Analytical Engines", message: "Month-end close", start: OPEN, timeZone: "Europe/Berlin" };

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) {
  return handleBookingRequest(new Request("http://site.test/api/bookings", { method: "POST", body, headers }), context);
}
const postJson = (data: unknown) => post(JSON.stringify(data));
const without = (field: keyof typeof valid) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));

function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
      sent += 1024;
    },
  });
}

interface BadRequest {
  name: string;
  send: () => Promise<Response>;
  status: 400 | 409 | 413 | 415;
  /** For 400s: the field the reason names. */
  field?: string;
}

const badRequests: BadRequest[] = [
  { name: "no name", send: () => postJson(without("name")), status: 400, field: "name" },
  { name: "a blank name", send: () => postJson({ ...valid, name: "   " }), status: 400, field: "name" },
  { name: "a name over 100 characters", send: () => postJson({ ...valid, name: "A".repeat(101) }), status: 400, field: "name" },
  { name: "a name that is a number", send: () => postJson({ ...valid, name: 42 }), status: 400, field: "name" },
  { name: "script in the name", send: () => postJson({ ...valid, name: "<script>alert(1)</script>" }), status: 400, field: "name" },
  { name: "no email", send: () => postJson(without("email")), status: 400, field: "email" },
  { name: "an email without a domain", send: () => postJson({ ...valid, email: "ada@" }), status: 400, field: "email" },
  { name: "an email over 254 characters", send: () => postJson({ ...valid, email: `${"a".repeat(250)}@example.com` }), status: 400, field: "email" },
  { name: "SQL in the email", send: () => postJson({ ...valid, email: "x' OR 1=1; DROP TABLE bookings; --@example.com" }), status: 400, field: "email" },
  { name: "script in the company", send: () => postJson({ ...valid, company: '"><img src=x onerror=alert(1)>' }), status: 400, field: "company" },
  { name: "a company over 120 characters", send: () => postJson({ ...valid, company: "C".repeat(121) }), status: 400, field: "company" },
  { name: "a message over 2,000 characters", send: () => postJson({ ...valid, message: "m".repeat(2001) }), status: 400, field: "message" },
  { name: "no start", send: () => postJson(without("start")), status: 400, field: "start" },
  { name: "a start in words", send: () => postJson({ ...valid, start: "next Tuesday" }), status: 400, field: "start" },
  { name: "a start with no offset", send: () => postJson({ ...valid, start: "2026-06-03T13:00:00" }), status: 400, field: "start" },
  { name: "SQL in the start", send: () => postJson({ ...valid, start: `${OPEN}'; DROP TABLE bookings; --` }), status: 400, field: "start" },
  { name: "no time zone", send: () => postJson(without("timeZone")), status: 400, field: "timeZone" },
  { name: "an unknown time zone", send: () => postJson({ ...valid, timeZone: "Mars/Olympus_Mons" }), status: 400, field: "timeZone" },
  { name: "SQL in the time zone", send: () => postJson({ ...valid, timeZone: "UTC'; DROP TABLE bookings; --" }), status: 400, field: "timeZone" },
  { name: "a field the API does not know", send: () => postJson({ ...valid, status: "confirmed" }), status: 400, field: "status" },
  { name: "an unknown readiness signal", send: () => postJson({ ...valid, readiness: ["rich-already"] }), status: 400, field: "readiness" },
  { name: "an unknown engagement", send: () => postJson({ ...valid, engagement: "retainer" }), status: 400, field: "engagement" },
  { name: "an unknown team size", send: () => postJson({ ...valid, teamSize: "a million" }), status: 400, field: "teamSize" },
  { name: "a source on another site", send: () => postJson({ ...valid, source: "https://elsewhere.example/" }), status: 400, field: "source" },
  { name: "a JSON array", send: () => postJson([valid]), status: 400 },
  { name: "JSON null", send: () => post("null"), status: 400 },
  { name: "a JSON string", send: () => postJson("book me"), status: 400 },
  { name: "malformed JSON", send: () => post('{"name": "Ada",'), status: 400 },
  { name: "an empty body", send: () => post(""), status: 400 },
  { name: "a slot in the past", send: () => postJson({ ...valid, start: "2026-05-27T13:00:00Z" }), status: 409 },
  { name: "a slot inside the 24 hours' notice", send: () => postJson({ ...valid, start: "2026-06-01T17:00:00Z" }), status: 409 },
  { name: "a slot outside hours (3 a.m.)", send: () => postJson({ ...valid, start: "2026-06-03T07:00:00Z" }), status: 409 },
  { name: "a slot on a Saturday", send: () => postJson({ ...valid, start: "2026-06-06T13:00:00Z" }), status: 409 },
  { name: "a minute that is not a slot", send: () => postJson({ ...valid, start: "2026-06-03T13:10:00Z" }), status: 409 },
  { name: "a slot beyond 21 days", send: () => postJson({ ...valid, start: "2026-07-01T13:00:00Z" }), status: 409 },
  { name: "text/plain", send: () => post(JSON.stringify(valid), { "content-type": "text/plain" }), status: 415 },
  { name: "no content type", send: () => post(JSON.stringify(valid), {}), status: 415 },
  { name: "a form post", send: () => post(new URLSearchParams(valid).toString(), { "content-type": "application/x-www-form-urlencoded" }), status: 415 },
  { name: "a body over 16 KiB", send: () => postJson({ ...valid, message: "m".repeat(17_000) }), status: 413 },
  {
    name: "a streamed body over 16 KiB with no Content-Length",
    send: () =>
      handleBookingRequest(
        new Request("http://site.test/api/bookings", { method: "POST", body: streamOf(20_000), headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit),
        context,
      ),
    status: 413,
  },
];

describe("POST /api/bookings refuses what it cannot book, with a reason, and stores nothing", () => {
  it("has at least 30 cases", () => expect(badRequests.length).toBeGreaterThanOrEqual(30));

  for (const bad of badRequests) {
    it(`${bad.name} → ${bad.status}`, async () => {
      const response = await bad.send();
      expect(response.status).toBe(bad.status);
      expect(response.headers.get("content-type")).toContain("application/json");
      const body = (await response.json()) as { error: string; fields?: Record<string, string>; nearest?: unknown[] };
      expect(body.error.length).toBeGreaterThan(5);
      if (bad.field) expect(body.fields?.[bad.field], JSON.stringify(body)).toEqual(expect.any(String));
      if (bad.status === 409) expect(body.nearest?.length).toBeGreaterThan(0);
      expect(await countBookings(test.storage.db)).toBe(0);
    });
  }
});

describe("POST /api/bookings books the intro call", () => {
  it("a founder's JSON booking gets 201 with the booking, and a second booking of that time gets 409", async () => {
    const response = await postJson({ ...valid, readiness: ["shelved-tools"], engagement: "build", teamSize: "11–25" });
    expect(response.status).toBe(201);
    const { booking } = (await response.json()) as { booking: Record<string, string> };
    expect(booking).toEqual({ id: expect.any(String), start: OPEN, end: "2026-06-03T13:30:00.000Z", status: "confirmed" });

    const again = await postJson({ ...valid, email: "grace@example.com" });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: "That time was just booked" });
    expect(await countBookings(test.storage.db)).toBe(1);
  });

  it("keeps script and SQL in the free-text message as plain text: it is data, never code", async () => {
    const message = "<script>alert(1)</script> Robert'); DROP TABLE bookings;--";
    expect((await postJson({ ...valid, message })).status).toBe(201);
    const row = await test.storage.db.selectFrom("bookings").select("message").executeTakeFirstOrThrow();
    expect(row.message).toBe(message);
  });

  it("answers 429 with Retry-After once an address has used up its attempts", async () => {
    context.rateLimiter = createRateLimiter(async () => test.storage, { scope: "booking", limit: 2, windowMs: 600_000 });
    const from = (address: string) =>
      handleBookingRequest(
        new Request("http://site.test/api/bookings", { method: "POST", body: "{}", headers: { "content-type": "application/json", "x-forwarded-for": address } }),
        context,
      );
    expect((await from("203.0.113.9")).status).toBe(400);
    expect((await from("203.0.113.9")).status).toBe(400);
    const limited = await from("203.0.113.9");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBe(600);
    expect((await limited.json()) as object).toMatchObject({ error: expect.stringContaining("Too many") });
    expect((await from("198.51.100.7")).status).toBe(400);
  });
});

describe("GET /api/availability", () => {
  const get = (query: string) => handleAvailabilityRequest(new Request(`http://site.test/api/availability?${query}`), context);

  it("lists the free slots of the visitor's dates in UTC, for a visitor in Asia/Kolkata", async () => {
    const response = await get("from=2026-06-03&to=2026-06-03&timeZone=Asia/Kolkata");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { timeZone: string; slots: { start: string; end: string }[] };
    expect(body.timeZone).toBe("Asia/Kolkata");
    // 3 June in Kolkata runs from 18:30 UTC on the 2nd: New York's Tuesday afternoon, then Wednesday morning.
    expect(body.slots[0]).toEqual({ start: "2026-06-02T18:30:00.000Z", end: "2026-06-02T19:00:00.000Z" });
    expect(body.slots.at(-1)).toEqual({ start: "2026-06-03T18:00:00.000Z", end: "2026-06-03T18:30:00.000Z" });
  });

  it("reads a zone in any letter case and answers with its one name", async () => {
    const response = await get("from=2026-06-03&to=2026-06-03&timeZone=aSiA/cAlCuTtA");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { timeZone: string }).timeZone).toBe("Asia/Kolkata");
  });

  it("a day a zone skipped whole, near today, is an empty day rather than an error", async () => {
    const apia = { ...context, now: () => new Date("2011-12-20T00:00:00Z") };
    const response = await handleAvailabilityRequest(new Request("http://site.test/api/availability?from=2011-12-30&to=2011-12-31&timeZone=Pacific/Apia"), apia);
    expect(response.status).toBe(200);
  });

  it("leaves out a booked time", async () => {
    await postJson(valid);
    const body = (await (await get("from=2026-06-03&to=2026-06-03&timeZone=America/New_York")).json()) as { slots: { start: string }[] };
    expect(body.slots.map((slot) => slot.start)).not.toContain(OPEN);
  });

  it.each([
    ["timeZone=Mars/Olympus_Mons", "timeZone"],
    ["from=2026-02-30", "from"],
    ["from=June", "from"],
    ["from=2026-06-10&to=2026-06-01", "to"],
    ["from=2026-06-01&to=2026-12-01", "to"],
    // Far from today, the calendar's edges: once a 500.
    ["from=0999-01-01", "from"],
    ["from=9999-12-31&to=9999-12-31", "from"],
    ["from=2011-12-30&timeZone=Pacific/Apia", "from"],
  ])("refuses ?%s with 400 naming %s", async (query, field) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields[field]).toEqual(expect.any(String));
  });
});

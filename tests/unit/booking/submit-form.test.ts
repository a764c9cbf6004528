import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emptyBookingForm, type BookingFormState } from "@/lib/booking/web/form-state";
import { createRateLimiter } from "@/lib/db/rate-limits";
import { readBookingSettings } from "@/lib/content/booking-settings";
import { mailSettingsFrom } from "@/lib/booking/notifications/mail-settings";
import { submitBookingForm } from "@/lib/booking/web/submit-form";
import { countBookings } from "@/lib/db/bookings";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { repoRoot } from "../fixtures";

const settings = readBookingSettings(path.join(repoRoot, "content"));
const mail = mailSettingsFrom(settings, { name: "Kofi Osei", role: "AI Operations", url: "https://ko.example" });
const NOW = new Date("2026-06-01T12:00:00Z");
const OPEN = "2026-06-03T13:00:00.000Z";
const idle: BookingFormState = { status: "idle", submission: 0, values: emptyBookingForm(), fieldErrors: {} };

let test: TestStorage;
beforeAll(async () => {
  test = await createTestSqlite();
});
afterAll(async () => {
  await test.cleanUp();
});
beforeEach(async () => {
  await test.storage.db.deleteFrom("bookings").execute();
  await test.storage.db.deleteFrom("rate_limit_counters").execute();
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  data.set("$ACTION_ID_abc", "");
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

const answers = {
  name: "Ada Lovelace",
  email: "ada@analytical.example",
  company: "Analytical Engines",
  teamSize: "11–25",
  message: "Month-end close",
  readiness: ["shelved-tools", "willpower-ceiling"],
  engagement: "build",
  source: "/notes/what-ai-operations-actually-means",
  start: OPEN,
  timeZone: "Europe/Berlin",
  website: "",
};

const submit = (fields: Record<string, string | string[]>, limit = 100, address = "203.0.113.1") =>
  submitBookingForm(
    idle,
    form(fields),
    {
      storage: async () => test.storage,
      settings,
      mail,
      now: () => NOW,
      rateLimiter: createRateLimiter(async () => test.storage, { scope: "booking", limit, windowMs: 600_000 }),
      trustedProxyHops: 1,
    },
    address,
  );

describe("the booking form's server side", () => {
  it("books the time and hands back the booking to confirm", async () => {
    const result = await submit(answers);
    expect(result).toEqual({ kind: "booked", id: expect.any(String), manageToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(await countBookings(test.storage.db)).toBe(1);
  });

  it("sends the answers back with a message per field, blank optional answers left alone", async () => {
    const result = await submit({ ...answers, email: "ada@", name: "", company: "", teamSize: "", engagement: "" });
    if (result.kind !== "state") throw new Error("expected the form back");
    expect(result.state.status).toBe("error");
    expect(result.state.fieldErrors).toEqual({ name: "Please tell me your name", email: "Please enter an email address like name@company.com" });
    expect(result.state.values).toMatchObject({ email: "ada@", message: "Month-end close", readiness: ["shelved-tools", "willpower-ceiling"], start: OPEN });
    expect(result.state.submission).toBe(1);
    expect(await countBookings(test.storage.db)).toBe(0);
  });

  it("a time booked a moment ago comes back as 'just booked' with the nearest free times, the other answers kept", async () => {
    await submit(answers);
    const result = await submit({ ...answers, email: "grace@example.com", name: "Grace Hopper" });
    if (result.kind !== "state") throw new Error("expected the form back");
    expect(result.state.message).toBe("That time was just booked; here are the nearest free times.");
    expect(result.state.fieldErrors.start).toBe(result.state.message);
    expect(result.state.nearest!.length).toBeGreaterThan(0);
    expect(result.state.nearest!.map((slot) => slot.start)).not.toContain(OPEN);
    expect(result.state.values).toMatchObject({ name: "Grace Hopper", email: "grace@example.com", start: "" });
  });

  it("a filled-in honeypot gets the usual confirmation, and nothing is stored", async () => {
    const result = await submit({ ...answers, website: "https://spam.example" });
    if (result.kind !== "state") throw new Error("expected the confirmation state");
    expect(result.state.status).toBe("received");
    expect(result.state.received).toEqual({ start: OPEN, end: "2026-06-03T13:30:00.000Z" });
    expect(await countBookings(test.storage.db)).toBe(0);
  });

  it("a honeypot filled by a script with a time at the end of the calendar and a made-up zone: the usual confirmation, no error", async () => {
    for (const start of ["+275760-09-13T00:00:00Z", "-271821-04-20T00:00:00Z", "yesterday", ""]) {
      const result = await submit({ ...answers, start, timeZone: "Mars/Olympus_Mons", website: "https://spam.example" });
      if (result.kind !== "state") throw new Error("expected the confirmation state");
      expect(result.state.status).toBe("received");
      expect(result.state.received?.start).toBe("2026-06-02T12:00:00.000Z");
      // The page shows times in the zone it gets back: never one that is not a zone.
      expect(result.state.values.timeZone).toBe("");
    }
    expect(await countBookings(test.storage.db)).toBe(0);
  });

  it("the zone comes back under its one name, whatever its letter case", async () => {
    const result = await submit({ ...answers, timeZone: "asia/calcutta", email: "bad" });
    if (result.kind !== "state") throw new Error("expected the form back");
    expect(result.state.values.timeZone).toBe("Asia/Kolkata");
  });

  it("control characters pasted into the message are dropped; tabs and line breaks stay", async () => {
    const result = await submit({ ...answers, message: "Close\u0000 takes\u0007 a week.\n\tReally." });
    expect(result.kind).toBe("booked");
    const stored = await test.storage.db.selectFrom("bookings").select("message").executeTakeFirstOrThrow();
    expect(stored.message).toBe("Close takes a week.\n\tReally.");
  });

  it("a second booking with the same email address is refused next to the email field; the details go by email", async () => {
    await submit(answers);
    const result = await submit({ ...answers, start: "2026-06-03T14:00:00.000Z" });
    if (result.kind !== "state") throw new Error("expected the form back");
    expect(result.state.fieldErrors.email).toMatch(/already has an intro call booked/);
    expect(result.state.fieldErrors.email).not.toMatch(/manage/);
    expect(await countBookings(test.storage.db)).toBe(1);
  });

  it("past the rate limit, says so plainly and keeps the answers", async () => {
    const limiter = createRateLimiter(async () => test.storage, { scope: "booking", limit: 1, windowMs: 600_000 });
    const context = { storage: async () => test.storage, settings, mail, now: () => NOW, rateLimiter: limiter, trustedProxyHops: 1 };
    await submitBookingForm(idle, form({ ...answers, email: "bad" }), context, "203.0.113.2");
    const result = await submitBookingForm(idle, form(answers), context, "203.0.113.2");
    if (result.kind !== "state") throw new Error("expected the form back");
    expect(result.state.message).toMatch(/^There have been too many booking attempts from your connection\. Please try again in 10 minutes/);
    expect(result.state.values.name).toBe("Ada Lovelace");
    expect(await countBookings(test.storage.db)).toBe(0);
  });
});

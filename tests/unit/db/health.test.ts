import { afterEach, describe, expect, it } from "vitest";
import { openStorage, type Storage } from "@/lib/db/connect";
import { enqueueEmail } from "@/lib/email/outbox";
import { calendarSettingsSchema } from "@/lib/content/calendar-schema";
import { checkHealth, healthResponse } from "@/lib/runtime/health";
import { backends, type TestStorage } from "./test-storage";
import { closedPort } from "./test-storage";

const now = new Date("2026-06-01T12:00:00.000Z");
const calendars = calendarSettingsSchema.parse({
  staleAfterMinutes: 60,
  sources: [
    { id: "work", name: "Work", kind: "ics", urlEnv: "CALENDAR_WORK_URL" },
    { id: "home", name: "Home", kind: "ics", urlEnv: "CALENDAR_HOME_URL" },
    { id: "never", name: "Never read", kind: "ics", urlEnv: "CALENDAR_NEVER_URL" },
  ],
});

const email = (sendAfter: Date) => ({ kind: "test", recipient: "someone@example.com", subject: "Hello", text: "Hi", html: "<p>Hi</p>", sendAfter });

for (const backend of backends) {
  describe.skipIf(backend.skip)(`GET /api/health's answer on ${backend.name}`, () => {
    let test: TestStorage | undefined;
    afterEach(async () => {
      await test?.cleanUp();
      test = undefined;
    });

    it("is ok with no email waiting and every calendar listed, fresh or not, and reveals nothing of the bookings", async () => {
      test = await backend.create();
      const report = await checkHealth({ storage: async () => test!.storage, calendars: { ...calendars, sources: [] }, now });
      expect(report).toEqual({ status: "ok", database: "reachable", oldestPendingEmailSeconds: null, calendars: [] });
      const response = healthResponse(report);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("retry-after")).toBeNull();
      expect(await response.json()).toEqual(report);
    });

    it("gives the age of the oldest email that is due and still pending, not of one due later or already sent", async () => {
      test = await backend.create();
      const { db } = test.storage;
      await enqueueEmail(db, email(new Date(now.getTime() - 90_000)), now);
      await enqueueEmail(db, email(new Date(now.getTime() - 30_000)), now);
      await enqueueEmail(db, email(new Date(now.getTime() + 86_400_000)), now);
      const sent = await enqueueEmail(db, email(new Date(now.getTime() - 3_600_000)), now);
      await db.updateTable("outbox").set({ status: "sent" }).where("id", "=", sent).execute();
      const report = await checkHealth({ storage: async () => test!.storage, calendars: { ...calendars, sources: [] }, now });
      expect(report).toMatchObject({ status: "ok", oldestPendingEmailSeconds: 90 });
      expect(JSON.stringify(report)).not.toContain("someone@example.com");
    });

    it("says which calendar's copy is stale, fresh, or never read, and how long ago each was read", async () => {
      test = await backend.create();
      const { db } = test.storage;
      await db
        .insertInto("calendar_sources")
        .values([
          { id: "work", fetched_at: new Date(now.getTime() - 2 * 3_600_000).toISOString(), last_error: "timed out" },
          { id: "home", fetched_at: new Date(now.getTime() - 5 * 60_000).toISOString() },
          { id: "gone", fetched_at: now.toISOString() },
        ])
        .execute();
      const report = await checkHealth({ storage: async () => test!.storage, calendars, now });
      expect(report).toEqual({
        status: "ok",
        database: "reachable",
        oldestPendingEmailSeconds: null,
        calendars: [
          { id: "work", fresh: false, lastReadSecondsAgo: 7200 },
          { id: "home", fresh: true, lastReadSecondsAgo: 300 },
          { id: "never", fresh: false, lastReadSecondsAgo: null },
        ],
      });
    });
  });
}

describe("GET /api/health's answer without a database", () => {
  it("is 503 unavailable with Retry-After, within the timeout, when PostgreSQL refuses the connection", async () => {
    const storage: Storage = openStorage({ kind: "postgres", url: `postgres://postgres@127.0.0.1:${await closedPort()}/test` });
    const errors: unknown[] = [];
    const started = Date.now();
    try {
      const report = await checkHealth({ storage: async () => storage, calendars, now, timeoutMs: 2_000, onError: (error) => errors.push(error) });
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(report).toEqual({ status: "unavailable", database: "unreachable" });
      const response = healthResponse(report);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
      expect(errors).toHaveLength(1);
    } finally {
      await storage.close();
    }
  });

  it("is 503 once the timeout passes when the database never answers, rather than hanging", async () => {
    const started = Date.now();
    const report = await checkHealth({ storage: () => new Promise<Storage>(() => {}), calendars, now, timeoutMs: 300 });
    expect(report).toEqual({ status: "unavailable", database: "unreachable" });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("is 503 when opening the storage fails (a migration that cannot run)", async () => {
    const report = await checkHealth({ storage: () => Promise.reject(new Error("no such file")), calendars, now });
    expect(report.status).toBe("unavailable");
  });
});

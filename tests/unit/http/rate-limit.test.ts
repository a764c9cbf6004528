import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StorageConfig } from "@/lib/db/connect";
import { countAttempt, createRateLimiter } from "@/lib/db/rate-limits";
import { bookingRateLimitFromEnv, DEFAULT_BOOKING_RATE_LIMIT, type RateLimiter } from "@/lib/http/rate-limit";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { repoRoot } from "../fixtures";

const TEN_MINUTES = 10 * 60_000;
/** The start of a ten-minute window. */
const START = new Date("2026-06-01T12:00:00Z");
const at = (ms: number) => new Date(START.getTime() + ms);

type Report = { allowed: number; refused: number } | { error: string };

/** Starts `count` processes on one database, lets each try `key` `attempts` times at once, and collects reports. */
async function attemptFromProcesses(config: StorageConfig, count: number, orders: { limit: number; key: string; attempts: number }): Promise<Report[]> {
  const children: ChildProcess[] = [];
  const ready: Promise<void>[] = [];
  for (let worker = 0; worker < count; worker++) {
    const child = fork(path.join(repoRoot, "tests/unit/http/concurrent-limiter.ts"), {
      cwd: repoRoot,
      execArgv: ["--import", "tsx"],
      env: { ...process.env, LIMITER_ORDERS: JSON.stringify({ config, windowMs: TEN_MINUTES, now: at(1000).toISOString(), ...orders }) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    children.push(child);
    ready.push(
      new Promise((resolve, reject) => {
        child.once("message", (message) => (message === "ready" ? resolve() : reject(new Error(String(message)))));
        child.once("exit", (code) => reject(new Error(`limiter ${worker} exited with ${code} before it was ready`)));
      }),
    );
  }
  await Promise.all(ready);
  const reports = children.map(
    (child, worker) =>
      new Promise<Report>((resolve, reject) => {
        child.once("message", (report) => resolve(report as Report));
        child.once("exit", (code) => reject(new Error(`limiter ${worker} exited with ${code} without reporting`)));
      }),
  );
  for (const child of children) child.send("go");
  return Promise.all(reports);
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`rate limits kept in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    let limiter: RateLimiter;
    beforeAll(async () => {
      test = await backend.create();
    });
    afterAll(async () => {
      await test?.cleanUp();
    });
    beforeEach(async () => {
      await test.storage.db.deleteFrom("rate_limit_counters").execute();
      limiter = createRateLimiter(async () => test.storage, { scope: "booking", limit: 3, windowMs: TEN_MINUTES });
    });

    const rows = () => test.storage.db.selectFrom("rate_limit_counters").selectAll().execute();

    it("allows `limit` attempts in a window, then refuses with the seconds left in it", async () => {
      for (let i = 0; i < 3; i++) expect(await limiter.attempt("203.0.113.5", at(i * 1000))).toEqual({ allowed: true });
      expect(await limiter.attempt("203.0.113.5", at(4 * 60_000))).toEqual({ allowed: false, retryAfterSeconds: 6 * 60 });
      expect(await limiter.attempt("203.0.113.5", at(TEN_MINUTES - 1))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    });

    it("allows attempts again once the window has passed", async () => {
      for (let i = 0; i < 4; i++) await limiter.attempt("203.0.113.5", at(i));
      expect(await limiter.attempt("203.0.113.5", at(TEN_MINUTES))).toEqual({ allowed: true });
    });

    it("counts each key, and each limiter's scope, on its own", async () => {
      for (let i = 0; i < 3; i++) await limiter.attempt("203.0.113.5", at(i));
      expect(await limiter.attempt("203.0.113.5", at(10))).toMatchObject({ allowed: false });
      expect(await limiter.attempt("198.51.100.7", at(10))).toEqual({ allowed: true });
      const other = createRateLimiter(async () => test.storage, { scope: "other", limit: 3, windowMs: TEN_MINUTES });
      expect(await other.attempt("203.0.113.5", at(10))).toEqual({ allowed: true });
      expect((await rows()).map((row) => row.key).sort()).toEqual(["booking:198.51.100.7", "booking:203.0.113.5", "other:203.0.113.5"]);
    });

    it("shares one count between limiters with the same scope, as the booking form and the API do", async () => {
      const form = createRateLimiter(async () => test.storage, { scope: "booking", limit: 3, windowMs: TEN_MINUTES });
      await form.attempt("203.0.113.5", at(0));
      await limiter.attempt("203.0.113.5", at(1));
      await form.attempt("203.0.113.5", at(2));
      expect(await limiter.attempt("203.0.113.5", at(3))).toMatchObject({ allowed: false });
    });

    it("lets no more than `limit` of a burst sent at once through", async () => {
      const burst = createRateLimiter(async () => test.storage, { scope: "booking", limit: 10, windowMs: TEN_MINUTES });
      const decisions = await Promise.all(Array.from({ length: 40 }, () => burst.attempt("203.0.113.5", at(5))));
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
    });

    it("deletes the counts of windows that have passed, so the table holds only the current ones", async () => {
      for (let i = 0; i < 50; i++) await limiter.attempt(`198.51.100.${i}`, at(i));
      expect(await rows()).toHaveLength(50);
      await limiter.attempt("203.0.113.5", at(TEN_MINUTES + 5));
      expect((await rows()).map((row) => row.key)).toEqual(["booking:203.0.113.5"]);
      // Counts of different window lengths share the table; each goes when its own window has passed.
      await countAttempt(test.storage.db, "login:all", { limit: 20, windowMs: 60_000 }, at(TEN_MINUTES + 70_000));
      expect((await rows()).map((row) => row.key).sort()).toEqual(["booking:203.0.113.5", "login:all"]);
      await countAttempt(test.storage.db, "login:all", { limit: 20, windowMs: 60_000 }, at(TEN_MINUTES + 130_000));
      expect(await rows()).toHaveLength(2);
      await limiter.attempt("198.51.100.1", at(2 * TEN_MINUTES));
      expect((await rows()).map((row) => row.key)).toEqual(["booking:198.51.100.1"]);
    });

    it("holds across two server processes on one database: together they get exactly `limit` attempts", async () => {
      const reports = await attemptFromProcesses(test.config, 2, { limit: 7, key: "203.0.113.5", attempts: 12 });
      expect(reports).toEqual([
        { allowed: expect.any(Number), refused: expect.any(Number) },
        { allowed: expect.any(Number), refused: expect.any(Number) },
      ]);
      const allowed = reports.reduce((sum, report) => sum + ("allowed" in report ? report.allowed : 0), 0);
      expect(allowed).toBe(7);
      expect(await rows()).toEqual([expect.objectContaining({ key: "booking:203.0.113.5", attempts: 24 })]);
    }, 60_000);
  });
}

describe("BOOKING_RATE_LIMIT", () => {
  it("is a positive whole number of attempts, else the default", () => {
    expect(bookingRateLimitFromEnv({ BOOKING_RATE_LIMIT: "25" })).toBe(25);
    expect(bookingRateLimitFromEnv({})).toBe(DEFAULT_BOOKING_RATE_LIMIT);
    expect(bookingRateLimitFromEnv({ BOOKING_RATE_LIMIT: "0" })).toBe(DEFAULT_BOOKING_RATE_LIMIT);
  });
});

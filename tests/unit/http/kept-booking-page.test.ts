import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";
import { keptBookingPath, keptCopyFor } from "@/lib/booking/web/book-path";

// A database of its own in a temporary folder: the proxy asks it before a booking page is answered.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kept-booking-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
const { proxy } = await import("@/proxy");
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const ask = (address: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  proxy(new NextRequest(`http://site.test${address}`, { method: init.method ?? "GET", headers: { host: "site.test", ...init.headers } }));
const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");
let timeOffCount = 0;
const timeOff = () => ({
  id: `away-${++timeOffCount}`,
  start_at: `2030-01-0${timeOffCount}T09:00:00.000Z`,
  end_at: `2030-01-0${timeOffCount}T17:00:00.000Z`,
  note: null,
  created_at: new Date().toISOString(),
});

describe("which page answers /book", () => {
  const engagements = ["scoping", "build"];

  it("the kept page for no engagement, or for one the content lists", () => {
    expect(keptBookingPath(new URLSearchParams(""), engagements, "a")).toBe("/book/for/any/a");
    expect(keptBookingPath(new URLSearchParams("engagement=build&utm_source=x"), engagements, "a")).toBe("/book/for/build/a");
    expect(keptBookingPath(new URLSearchParams("engagement=../admin"), engagements, "a")).toBe("/book/for/any/a");
  });

  it("the page drawn per request when the visitor chose a zone", () => {
    expect(keptBookingPath(new URLSearchParams("tz=Asia/Kolkata&engagement=build"), engagements, "b")).toBeUndefined();
  });

  it("the other copy after every change to what is free, so a copy drawn from the times before it is not the one shown", () => {
    expect([0, 1, 2, 3, 4].map(keptCopyFor)).toEqual(["a", "b", "a", "b", "a"]);
  });
});

describe("a visitor asks for the booking page", () => {
  it("gets the kept copy with the static policy, and where they came from is remembered for their booking", async () => {
    const response = await ask("/book", { headers: { referer: "http://site.test/notes/a-note" } });
    expect(new URL(rewrittenTo(response)!).pathname).toMatch(/^\/book\/for\/any\/[ab]$/);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self' 'unsafe-inline'");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toContain("booking_from=%2Fnotes%2Fa-note");
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Path=/book");
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("a prefetch, another site or the booking page itself leaves no source behind", async () => {
    for (const headers of <Record<string, string>[]>[
      { referer: "http://site.test/notes/a-note", "next-router-prefetch": "1" },
      { referer: "https://elsewhere.example/page" },
      { referer: "http://site.test/book?tz=UTC" },
    ]) {
      expect((await ask("/book", { headers })).headers.get("set-cookie")).not.toContain("booking_from");
    }
  });

  it("a chosen zone is drawn per request with a nonce of its own; the form's answer (a POST) gets one too", async () => {
    const zone = await ask("/book?tz=Asia/Kolkata");
    expect(rewrittenTo(zone)).toBeNull();
    expect(zone.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
    const answer = await ask("/book", { method: "POST" });
    expect(new URL(rewrittenTo(answer)!).pathname).toMatch(/^\/book\/for\/any\/[ab]$/);
    const action = await ask("/book", { method: "POST", headers: { cookie: "booking_copy=b", "next-action": "x" } });
    expect(new URL(rewrittenTo(action)!).pathname).toBe("/book/for/any/b");
    expect(answer.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
  });

  it("is told which copy they were sent to, so their form's action is answered on it; once, not on every visit", async () => {
    const first = await ask("/book");
    const copy = new URL(rewrittenTo(first)!).pathname.split("/").pop();
    expect(first.headers.get("set-cookie")).toMatch(new RegExp(`^booking_copy=${copy}; Path=/book; HttpOnly; SameSite=lax$`, "i"));
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = await ask("/book", { headers: { cookie: `booking_copy=${copy}` } });
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(again.headers.get("cache-control")).toBeNull();
    const forged = await ask("/book", { method: "POST", headers: { cookie: "booking_copy=../admin" } });
    expect(new URL(rewrittenTo(forged)!).pathname).toMatch(/^\/book\/for\/any\/[ab]$/);
  });

  it("is sent to the other kept copy once time off is added, and back after the next change", async () => {
    const { getStorage } = await import("@/lib/db");
    const { db } = await getStorage();
    const shown = async () => new URL(rewrittenTo(await ask("/book?engagement=nope"))!).pathname;
    const before = await shown();
    const change = () => db.insertInto("time_off").values(timeOff()).execute();
    await change();
    const after = await shown();
    expect(after).not.toBe(before);
    expect([before, after].sort()).toEqual(["/book/for/any/a", "/book/for/any/b"]);
    await change();
    expect(await shown()).toBe(before);
  });
});

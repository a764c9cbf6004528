import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";
import { keptBookingPath } from "@/lib/booking/web/book-path";

// A database of its own in a temporary folder: the proxy asks it before a booking page is answered.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kept-booking-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
const { proxy } = await import("@/proxy");
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const ask = (address: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  proxy(new NextRequest(`http://site.test${address}`, { method: init.method ?? "GET", headers: { host: "site.test", ...init.headers } }));
const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");

describe("which page answers /book", () => {
  const engagements = ["scoping", "build"];

  it("the kept page for no engagement, or for one the content lists", () => {
    expect(keptBookingPath(new URLSearchParams(""), engagements)).toBe("/book/for/any");
    expect(keptBookingPath(new URLSearchParams("engagement=build&utm_source=x"), engagements)).toBe("/book/for/build");
    expect(keptBookingPath(new URLSearchParams("engagement=../admin"), engagements)).toBe("/book/for/any");
  });

  it("the page drawn per request when the visitor chose a zone", () => {
    expect(keptBookingPath(new URLSearchParams("tz=Asia/Kolkata&engagement=build"), engagements)).toBeUndefined();
  });
});

describe("a visitor asks for the booking page", () => {
  it("gets the kept copy with the static policy, and where they came from is remembered for their booking", async () => {
    const response = await ask("/book", { headers: { referer: "http://site.test/notes/a-note" } });
    expect(new URL(rewrittenTo(response)!).pathname).toBe("/book/for/any");
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
      expect((await ask("/book", { headers })).headers.get("set-cookie")).toBeNull();
    }
  });

  it("a chosen zone is drawn per request with a nonce of its own; the form's answer (a POST) gets one too", async () => {
    const zone = await ask("/book?tz=Asia/Kolkata");
    expect(rewrittenTo(zone)).toBeNull();
    expect(zone.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
    const answer = await ask("/book", { method: "POST" });
    expect(new URL(rewrittenTo(answer)!).pathname).toBe("/book/for/any");
    expect(answer.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
  });
});

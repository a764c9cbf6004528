import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { afterEach, describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { showsVisitorText } from "@/lib/security-headers";

// What the request carries on to the site after proxy.ts: Next passes changed request headers on in these.
function forwardedFor(response: Response): string | null | "unchanged" {
  const changed = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  if (!changed.length) return "unchanged";
  return changed.includes("x-forwarded-for") ? response.headers.get("x-middleware-request-x-forwarded-for") : null;
}

// The booking pages ask the database first (a 503 while it is away): a fresh SQLite folder of this file's own.
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "proxy-test-"));

const visit = (path: string) => proxy(new NextRequest(`http://site.test${path}`, { headers: { "x-forwarded-for": "6.6.6.6" } }));

describe("a client that reaches the site directly cannot choose the address it is counted against", () => {
  const before = process.env.TRUSTED_PROXY_HOPS;
  afterEach(() => {
    if (before === undefined) delete process.env.TRUSTED_PROXY_HOPS;
    else process.env.TRUSTED_PROXY_HOPS = before;
  });

  it("with TRUSTED_PROXY_HOPS=0 its own X-Forwarded-For is dropped on every path, so the server writes the connection's", async () => {
    process.env.TRUSTED_PROXY_HOPS = "0";
    for (const path of ["/api/bookings", "/book", "/admin/login", "/notes"]) expect(forwardedFor(await visit(path))).toBeNull();
  });

  it("behind a proxy (the default), the header the proxy appended to reaches the site as it was", async () => {
    delete process.env.TRUSTED_PROXY_HOPS;
    for (const path of ["/api/bookings", "/book"]) expect(forwardedFor(await visit(path))).not.toBeNull();
  });
});

describe("where proxy.ts runs", () => {
  const runs = (url: string, headers?: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url, ...(headers ? { headers } : {}) });

  it("on every request that carries an X-Forwarded-For, so it can always drop one", () => {
    for (const path of ["/", "/notes/x", "/about", "/api/bookings", "/api/availabilityx", "/api/availability/x", "/book"]) {
      expect(runs(path, { "x-forwarded-for": "6.6.6.6" })).toBe(true);
    }
  });

  it("but for the availability API, which reads no client address: behind a proxy every request carries one", () => {
    expect(runs("/api/availability", { "x-forwarded-for": "6.6.6.6" })).toBe(false);
    expect(runs("/api/availability?from=2026-06-01", { "x-forwarded-for": "6.6.6.6" })).toBe(false);
  });

  it("on the pages that get a nonce, and not on static pages without one", () => {
    for (const path of ["/book", "/book/manage/abc", "/admin", "/admin/login", "/readiness", "/subscribe", "/subscribe/leave/abc"]) expect(runs(path)).toBe(true);
    // The matcher and the list of pages that show visitor text say the same thing.
    for (const path of ["/book", "/admin/subscribers", "/readiness", "/subscribe", "/subscribe/confirm/x", "/subscribers", "/privacy", "/notes", "/bookkeeping"]) {
      expect(runs(path)).toBe(showsVisitorText(path));
    }
    for (const path of ["/", "/notes/x", "/about", "/engagements", "/bookkeeping", "/_next/static/x.js"]) expect(runs(path)).toBe(false);
  });
});

import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

// The site's database is a PostgreSQL server nobody listens for: set before the storage is first opened.
process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:9/nowhere";
const { proxy } = await import("@/proxy");

const request = (path: string, method = "GET") => proxy(new NextRequest(`http://site.test${path}`, { method }));

describe("while the database is out of reach", () => {
  it("a booking page answers a clear 503 with Retry-After, within the check's two seconds, not an error page", async () => {
    const started = Date.now();
    for (const path of ["/book", "/book/manage/abc"]) {
      const response = await request(path);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await response.text()).toContain("Booking is paused for a moment");
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("pages that need no database are not held up", async () => {
    for (const path of ["/readiness", "/admin/login"]) expect((await request(path)).status).not.toBe(503);
  });
});

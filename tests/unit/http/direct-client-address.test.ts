import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

// What the request carries on to the site after proxy.ts: Next passes changed request headers on in these.
function forwardedFor(response: Response): string | null | "unchanged" {
  const changed = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  if (!changed.length) return "unchanged";
  return changed.includes("x-forwarded-for") ? response.headers.get("x-middleware-request-x-forwarded-for") : null;
}

const visit = (path: string) => proxy(new NextRequest(`http://site.test${path}`, { headers: { "x-forwarded-for": "6.6.6.6" } }));

describe("a client that reaches the site directly cannot choose the address it is counted against", () => {
  const before = process.env.TRUSTED_PROXY_HOPS;
  afterEach(() => {
    if (before === undefined) delete process.env.TRUSTED_PROXY_HOPS;
    else process.env.TRUSTED_PROXY_HOPS = before;
  });

  it("with TRUSTED_PROXY_HOPS=0 its own X-Forwarded-For is dropped on every path, so the server writes the connection's", () => {
    process.env.TRUSTED_PROXY_HOPS = "0";
    for (const path of ["/api/bookings", "/book", "/admin/login", "/notes"]) expect(forwardedFor(visit(path))).toBeNull();
  });

  it("behind a proxy (the default), the header the proxy appended to reaches the site as it was", () => {
    delete process.env.TRUSTED_PROXY_HOPS;
    for (const path of ["/api/bookings", "/book"]) expect(forwardedFor(visit(path))).not.toBeNull();
  });
});

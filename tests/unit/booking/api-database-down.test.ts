import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Storage } from "@/lib/db/connect";

// The booking API's routes as the running site has them, with DATABASE_URL pointing at a port nothing listens on:
// what a client gets while PostgreSQL is down (npm run drill's "database gone" found 500s here).

const shared = globalThis as typeof globalThis & { siteStorage?: Promise<Storage> };
const saved = process.env.DATABASE_URL;

beforeAll(async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/site`;
  shared.siteStorage = undefined;
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(() => {
  process.env.DATABASE_URL = saved;
  if (saved === undefined) delete process.env.DATABASE_URL;
  shared.siteStorage = undefined;
  vi.restoreAllMocks();
});

describe("the booking API while the database is unreachable", () => {
  it("POST /api/bookings answers 503 with Retry-After", async () => {
    const { POST } = await import("@/app/api/bookings/route");
    const response = await POST(
      new Request("http://localhost/api/bookings", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Forwarded-For": "203.0.113.7" },
        body: JSON.stringify({ name: "Ada", email: "ada@example.com", start: new Date(Date.now() + 3 * 86_400_000).toISOString(), timeZone: "UTC" }),
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
  });

  it("GET /api/availability answers 503 with Retry-After", async () => {
    const { GET } = await import("@/app/api/availability/route");
    const response = await GET(new Request("http://localhost/api/availability"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
  });
});

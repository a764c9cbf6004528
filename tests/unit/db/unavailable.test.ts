import path from "node:path";
import os from "node:os";
import fs from "node:fs";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openStorage } from "@/lib/db/connect";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { unlessDatabaseUnavailable } from "@/lib/runtime/database-unavailable";
import { closedPort } from "./test-storage";

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("isDatabaseUnavailable", () => {
  it("is true for a PostgreSQL server that refuses the connection", async () => {
    const storage = openStorage({ kind: "postgres", url: `postgres://postgres@127.0.0.1:${await closedPort()}/site` });
    try {
      expect(isDatabaseUnavailable(await errorOf(() => sql`select 1`.execute(storage.db)))).toBe(true);
    } finally {
      await storage.close();
    }
  });

  it("is true for a failed migration whose cause was the connection, and for PostgreSQL's connection states", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(new Error("Database migration 0001 failed", { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], ""))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
  });

  it("is false for a mistake in a query, a broken rule or anything else", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ko-unavailable-"));
    const storage = openStorage({ kind: "sqlite", file: path.join(dir, "site.sqlite") });
    try {
      expect(isDatabaseUnavailable(await errorOf(() => sql`select * from no_such_table`.execute(storage.db)))).toBe(false);
    } finally {
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("unlessDatabaseUnavailable (the booking API's routes)", () => {
  it("answers 503 with Retry-After, not a 500, when the database refuses the connection", async () => {
    const storage = openStorage({ kind: "postgres", url: `postgres://postgres@127.0.0.1:${await closedPort()}/site` });
    const logged: string[] = [];
    try {
      const response = await unlessDatabaseUnavailable(async () => {
        await sql`select 1`.execute(storage.db);
        return Response.json({});
      }, (line) => logged.push(line));
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ error: "Bookings are unavailable for a moment; please try again shortly" });
      expect(logged[0]).toMatch(/ECONNREFUSED/);
    } finally {
      await storage.close();
    }
  });

  it("passes the answer through, and lets any other error go on up", async () => {
    expect((await unlessDatabaseUnavailable(async () => new Response("yes", { status: 201 }))).status).toBe(201);
    await expect(unlessDatabaseUnavailable(async () => Promise.reject(new TypeError("a bug")))).rejects.toThrow("a bug");
  });
});

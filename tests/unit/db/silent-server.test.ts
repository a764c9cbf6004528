import net from "node:net";
import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStorage } from "@/lib/db/connect";

// A PostgreSQL host that takes the connection and then says nothing (a frozen server, a dropped route): the site's
// requests fail after the connection timeout instead of waiting until the operating system gives up.
let server: net.Server;
const sockets = new Set<net.Socket>();
beforeAll(async () => {
  server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("a database server that stops answering", () => {
  it("fails a query after the connection timeout, with a reason, rather than hanging", async () => {
    const { port } = server.address() as AddressInfo;
    const storage = openStorage({ kind: "postgres", url: `postgres://site@127.0.0.1:${port}/site`, connectTimeoutMs: 500 });
    const started = Date.now();
    await expect(sql`select 1`.execute(storage.db)).rejects.toThrow(/timeout/i);
    expect(Date.now() - started).toBeLessThan(3_000);
    await storage.close();
  });
});

import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateToLatest, openStorage, type Storage, type StorageConfig } from "@/lib/db/connect";

/** The PostgreSQL server the storage tests use when one is configured; they are skipped, visibly, without one. */
export const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
export const skipPostgresReason = "PostgreSQL tests skipped: set TEST_DATABASE_URL or DATABASE_URL to run them";
if (!postgresUrl) console.warn(`\n  ${skipPostgresReason}\n`);

export interface TestStorage {
  storage: Storage;
  /** How another process reaches the same database. */
  config: StorageConfig;
  cleanUp(): Promise<void>;
}

/** A migrated SQLite file in a fresh temporary folder (left empty with `migrate: false`). */
export async function createTestSqlite({ migrate = true } = {}): Promise<TestStorage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "booking-test-"));
  const config: StorageConfig = { kind: "sqlite", file: path.join(dir, "site.sqlite") };
  const storage = openStorage(config);
  if (migrate) await migrateToLatest(storage);
  return {
    storage,
    config,
    async cleanUp() {
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A migrated schema of its own on the PostgreSQL server, dropped afterwards, so parallel runs never meet. */
export async function createTestPostgres(url: string, { migrate = true } = {}): Promise<TestStorage> {
  const schema = `booking_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const config: StorageConfig = { kind: "postgres", url, schema, maxConnections: 5 };
  const storage = openStorage(config);
  if (migrate) await migrateToLatest(storage);
  return {
    storage,
    config,
    async cleanUp() {
      await storage.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** Each storage backend the tests run on: SQLite always, PostgreSQL when a server is configured. */
export const backends = [
  { name: "SQLite", skip: false, create: (options?: { migrate?: boolean }) => createTestSqlite(options) },
  { name: "PostgreSQL", skip: !postgresUrl, create: (options?: { migrate?: boolean }) => createTestPostgres(postgresUrl!, options) },
] as const;

/** A local port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

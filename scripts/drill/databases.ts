import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { openStorage, SQLITE_FILE_NAME, type Storage } from "../../lib/db/connect";
import type { DatabaseKind } from "./options";

// Where one drill keeps its bookings: a fresh SQLite data folder, or a fresh PostgreSQL database named after the
// drill (drill_<name>, dropped first). `env` is what the site is started with; `open()` is the drill's own
// connection, for reading what is really stored.

export interface DrillDatabase {
  kind: DatabaseKind;
  label: "SQLite" | "PostgreSQL";
  env: Record<string, string>;
  /** SQLite: the data folder. */
  dataDir?: string;
  /** PostgreSQL: the database's address. */
  url?: string;
  open(): Storage;
}

export async function freshSqlite(workDir: string, name: string): Promise<DrillDatabase> {
  const dataDir = path.join(workDir, name, "data");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    kind: "sqlite",
    label: "SQLite",
    env: { DATA_DIR: dataDir, DATABASE_URL: "" },
    dataDir,
    open: () => openStorage({ kind: "sqlite", file: path.join(dataDir, SQLITE_FILE_NAME) }),
  };
}

/** A URL like `base` for another database on the same server. */
export function databaseUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Whether the server answers; creates the base database when it is missing. Returns why not, or undefined. */
export async function checkPostgres(base: string): Promise<string | undefined> {
  const admin = new pg.Client({ connectionString: databaseUrl(base, "postgres"), connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
    const name = new URL(base).pathname.slice(1) || "drill";
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`create database ${pg.escapeIdentifier(name)}`);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await admin.end().catch(() => {});
  }
}

export async function freshPostgres(base: string, name: string): Promise<DrillDatabase> {
  const database = `${new URL(base).pathname.slice(1) || "drill"}_${name.replace(/[^a-z0-9]/g, "_")}`;
  await recreateDatabase(base, database);
  return postgresAt(databaseUrl(base, database));
}

export function postgresAt(url: string): DrillDatabase {
  return {
    kind: "postgres",
    label: "PostgreSQL",
    env: { DATABASE_URL: url },
    url,
    open: () => openStorage({ kind: "postgres", url, maxConnections: 2 }),
  };
}

export async function recreateDatabase(base: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl(base, "postgres") });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}

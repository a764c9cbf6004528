import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, Migrator, sql, PostgresDialect, SqliteDialect, type MigrationResultSet } from "kysely";
import pg from "pg";
import { migrations } from "./migrations";
import type { Database } from "./schema";

export type StorageConfig =
  | { kind: "sqlite"; file: string }
  /** `schema` sets the search path, so tests can work in a schema of their own. */
  | { kind: "postgres"; url: string; schema?: string; maxConnections?: number; connectTimeoutMs?: number };

export interface Storage {
  db: Kysely<Database>;
  kind: StorageConfig["kind"];
  /** The PostgreSQL schema it works in, when not the default. */
  schema?: string;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = "site.sqlite";

/** Storage as the environment asks: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR (default data/). */
export function storageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "sqlite", file: path.join(path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR ?? "data"), SQLITE_FILE_NAME) };
}

export function openStorage(config: StorageConfig): Storage {
  if (config.kind === "sqlite") {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const database = new SqliteDatabase(config.file, { timeout: 10_000 });
    // WAL lets readers carry on while a booking is written; the busy timeout makes a second writer wait, not fail.
    database.pragma("journal_mode = WAL");
    database.pragma("busy_timeout = 10000");
    database.pragma("foreign_keys = ON");
    database.pragma("synchronous = NORMAL");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    return { db, kind: "sqlite", close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.maxConnections ?? 10,
    // A server that stops answering fails a request after this long, rather than holding it until the system gives up.
    connectionTimeoutMillis: config.connectTimeoutMs ?? 5_000,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "postgres", ...(config.schema ? { schema: config.schema } : {}), close: () => db.destroy() };
}

/**
 * Brings the schema up to date; throws with the failing migration's name if one fails. Safe when several processes
 * (or several bundles of one server) start at once: PostgreSQL's migrator takes an advisory lock, and on SQLite the
 * whole run happens inside one BEGIN IMMEDIATE transaction, so a second migrator waits and then finds nothing to do.
 */
export async function migrateToLatest(storage: Storage): Promise<MigrationResultSet> {
  const provider = { getMigrations: async () => migrations };
  const result =
    storage.kind === "postgres"
      ? // Kysely looks for its own tables in every schema unless told which: name it, or another schema's tables mislead it.
        await new Migrator({ db: storage.db, provider, ...(storage.schema ? { migrationTableSchema: storage.schema } : {}) }).migrateToLatest()
      : await storage.db.connection().execute(async (connection) => {
          await sql`begin immediate`.execute(connection);
          const run = await new Migrator({ db: connection, provider, disableTransactions: true }).migrateToLatest();
          await sql.raw(run.error ? "rollback" : "commit").execute(connection);
          return run;
        });
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "(unknown)";
    throw new Error(`Database migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}

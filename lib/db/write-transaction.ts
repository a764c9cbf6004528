import { sql, type Kysely } from "kysely";
import type { Database } from "./schema";
import type { Storage } from "./connect";

/**
 * Runs a transaction that reads and then writes, serialised against every other such transaction.
 * SQLite: BEGIN IMMEDIATE takes the write lock up front, so a second writer waits out the busy timeout instead of
 * failing with SQLITE_BUSY when it tries to upgrade a read lock. PostgreSQL: a transaction-scoped advisory lock does
 * the same across connections and instances; it is released by COMMIT or ROLLBACK. At READ COMMITTED each statement
 * after the lock sees every write committed before it.
 */
export async function inWriteTransaction<T>(storage: Storage, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return storage.db.connection().execute(async (connection) => {
    if (storage.kind === "sqlite") {
      await sql`begin immediate`.execute(connection);
    } else {
      // Said outright: under a server whose default is repeatable read, the snapshot would be taken before the lock.
      await sql`begin isolation level read committed`.execute(connection);
      await sql`select pg_advisory_xact_lock(hashtext('bookings'))`.execute(connection);
    }
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

/** True when the database refused a row because a unique index already holds its value. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}

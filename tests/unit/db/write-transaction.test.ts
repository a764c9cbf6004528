import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Storage } from "@/lib/db/connect";
import type { Database } from "@/lib/db/schema";
import { inWriteTransaction } from "@/lib/db/write-transaction";
import { createTestPostgres, postgresUrl, skipPostgresReason, type TestStorage } from "./test-storage";

// A PostgreSQL server may be set to start every transaction at REPEATABLE READ. The write transaction's reads must
// still see everything committed before it got the lock, or two bookings could each miss the other.
describe.skipIf(!postgresUrl)("a write transaction on a PostgreSQL server whose default is repeatable read", () => {
  if (!postgresUrl) it.skip(skipPostgresReason, () => {});
  let test: TestStorage;
  let strict: Storage;
  beforeEach(async () => {
    test = await createTestPostgres(postgresUrl!);
    const schema = (test.config as { schema: string }).schema;
    const pool = new pg.Pool({
      connectionString: postgresUrl,
      max: 2,
      options: `-c search_path=${schema} -c default_transaction_isolation=repeatable\\ read`,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    strict = { db, kind: "postgres", schema, close: () => db.destroy() };
  });
  afterEach(async () => {
    await strict.close();
    await test.cleanUp();
  });

  it("sees the row another writer committed while it waited for the lock", async () => {
    const other = await test.storage.db.connection().execute(async (connection) => {
      await sql`begin`.execute(connection);
      await sql`select pg_advisory_xact_lock(hashtext('bookings'))`.execute(connection);
      await sql`insert into admin_settings (key, value, updated_at) values ('seen', 'yes', 'now')`.execute(connection);
      // Ours starts now and waits for the lock; the other writer commits a moment later.
      const ours = inWriteTransaction(strict, (db) => db.selectFrom("admin_settings").selectAll().execute());
      await new Promise((resolve) => setTimeout(resolve, 300));
      await sql`commit`.execute(connection);
      return ours;
    });
    expect(other.map((row) => row.key)).toEqual(["seen"]);
  });
});

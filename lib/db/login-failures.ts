import type { Kysely } from "kysely";
import type { Database } from "./schema";

/** Failed logins from one address, as stored. */
export interface LoginFailures {
  failures: number;
  firstFailedAt: Date;
  lockedUntil: Date | null;
}

// Kept in the database, not in memory, so the lockout holds across every instance of the site.

export async function findLoginFailures(db: Kysely<Database>, address: string): Promise<LoginFailures | undefined> {
  const row = await db.selectFrom("admin_login_failures").selectAll().where("address", "=", address).executeTakeFirst();
  if (!row) return undefined;
  return {
    failures: row.failures,
    firstFailedAt: new Date(row.first_failed_at),
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

export async function saveLoginFailures(db: Kysely<Database>, address: string, record: LoginFailures): Promise<void> {
  const values = {
    failures: record.failures,
    first_failed_at: record.firstFailedAt.toISOString(),
    locked_until: record.lockedUntil?.toISOString() ?? null,
  };
  await db
    .insertInto("admin_login_failures")
    .values({ address, ...values })
    .onConflict((conflict) => conflict.column("address").doUpdateSet(values))
    .execute();
}

/**
 * Deletes the records that no longer count: a lockout that has ended, or failures that began before
 * `failuresSince` with no lockout. Either behaves exactly as no record at all, so only the table's size changes.
 */
export async function deleteStaleLoginFailures(db: Kysely<Database>, { now, failuresSince }: { now: Date; failuresSince: Date }): Promise<void> {
  await db
    .deleteFrom("admin_login_failures")
    .where((eb) =>
      eb.or([
        eb("locked_until", "<=", now.toISOString()),
        eb.and([eb("locked_until", "is", null), eb("first_failed_at", "<", failuresSince.toISOString())]),
      ]),
    )
    .execute();
}

export async function clearLoginFailures(db: Kysely<Database>, address: string): Promise<void> {
  await db.deleteFrom("admin_login_failures").where("address", "=", address).execute();
}

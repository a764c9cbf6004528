import { sql, type Kysely } from "kysely";
import type { Storage } from "./connect";
import type { Database } from "./schema";

/** At most `limit` attempts per key in each fixed window of `windowMs`, the windows counted from the epoch. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** Whether an attempt may go ahead; when not, how long until the window ends. */
export type CountedAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// The counts live in the database, not in a process's memory, so every instance of the site on one database counts
// against the same allowance: the booking form and API per client ("booking:<client>"), the admin's login across all
// addresses ("login:all").

/**
 * Counts one attempt on `key` and says whether it is within the rule. The count is raised and read back by one
 * upsert, which the database runs atomically for each row (PostgreSQL locks the row, SQLite has one writer at a
 * time), so attempts made at once, from any number of processes, never let more than `limit` through. Refused
 * attempts are counted too: they change nothing, as the count is already past the limit.
 *
 * The first attempt of a window adds a row and then deletes every row whose window has ended (an indexed range
 * delete), so the table holds only the windows still running: at most one row per key tried in the longest window.
 */
export async function countAttempt(db: Kysely<Database>, key: string, rule: RateLimitRule, now: Date): Promise<CountedAttempt> {
  const windowStart = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  const windowEnd = windowStart + rule.windowMs;
  const { attempts } = await db
    .insertInto("rate_limit_counters")
    .values({ key, window_start: new Date(windowStart).toISOString(), attempts: 1, expires_at: new Date(windowEnd).toISOString() })
    .onConflict((conflict) => conflict.columns(["key", "window_start"]).doUpdateSet({ attempts: sql`rate_limit_counters.attempts + 1` }))
    .returning("attempts")
    .executeTakeFirstOrThrow();
  if (attempts === 1) await db.deleteFrom("rate_limit_counters").where("expires_at", "<=", now.toISOString()).execute();
  if (attempts <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) };
}

/**
 * A rate limiter kept in the site's storage, its keys namespaced by `scope` ("booking" counts "booking:<key>"), so
 * limiters with one scope share their counts wherever they run. It fits `RateLimiter` in lib/http.
 */
export function createRateLimiter(storage: () => Promise<Storage>, { scope, ...rule }: RateLimitRule & { scope: string }) {
  return {
    async attempt(key: string, now: Date): Promise<CountedAttempt> {
      return countAttempt((await storage()).db, `${scope}:${key}`, rule, now);
    },
  };
}

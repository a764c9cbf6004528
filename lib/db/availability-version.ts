import type { Kysely } from "kysely";
import type { Database } from "./schema";

/**
 * The number every write to what is taken raises (see migration 0008): a booking's time or status, time off, a
 * calendar's copy. One row by its key, so reading it costs about as little as a query can.
 */
export async function readAvailabilityVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("availability_version").select("version").where("id", "=", 1).executeTakeFirstOrThrow();
  return Number(row.version);
}

import type { Storage } from "../db/connect";
import { readAdminSetting, writeAdminSetting } from "../db/admin-settings";
import { CALENDAR_GENERATION_KEY, newCalendarGeneration } from "./calendar-feed";

/** The feed's current generation, made on first use (the admin's calendar page) so a fresh site has an address. */
export async function currentCalendarGeneration(storage: Storage, now: Date): Promise<string> {
  const existing = await readAdminSetting(storage.db, CALENDAR_GENERATION_KEY);
  if (existing) return existing;
  // Two first visits at once must agree on one generation: only the first write wins, both read it back.
  await storage.db
    .insertInto("admin_settings")
    .values({ key: CALENDAR_GENERATION_KEY, value: newCalendarGeneration(), updated_at: now.toISOString() })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .execute();
  return (await readAdminSetting(storage.db, CALENDAR_GENERATION_KEY))!;
}

/** A new generation: the old feed address stops working at once. */
export async function rotateCalendarGeneration(storage: Storage, now: Date): Promise<void> {
  await writeAdminSetting(storage.db, CALENDAR_GENERATION_KEY, newCalendarGeneration(), now);
}

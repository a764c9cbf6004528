import type { Kysely } from "kysely";
import type { Database } from "./schema";

export async function readAdminSetting(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom("admin_settings").select("value").where("key", "=", key).executeTakeFirst();
  return row?.value;
}

export async function writeAdminSetting(db: Kysely<Database>, key: string, value: string, now: Date): Promise<void> {
  const values = { value, updated_at: now.toISOString() };
  await db
    .insertInto("admin_settings")
    .values({ key, ...values })
    .onConflict((conflict) => conflict.column("key").doUpdateSet(values))
    .execute();
}

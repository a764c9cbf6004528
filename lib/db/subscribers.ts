import { randomUUID } from "node:crypto";
import { sql, type Kysely, type Selectable } from "kysely";
import type { Database, SubscriberKeysTable, SubscribersTable, SubscriberStatus } from "./schema";

export type SubscriberRow = Selectable<SubscribersTable>;
export type SubscriberKeyRow = Selectable<SubscriberKeysTable>;

export async function findSubscriberByEmail(db: Kysely<Database>, email: string): Promise<SubscriberRow | undefined> {
  return db.selectFrom("subscribers").selectAll().where("email", "=", email).executeTakeFirst();
}

export async function findSubscriber(db: Kysely<Database>, id: string): Promise<SubscriberRow | undefined> {
  return db.selectFrom("subscribers").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertPendingSubscriber(db: Kysely<Database>, email: string, now: Date): Promise<SubscriberRow> {
  const at = now.toISOString();
  const row: SubscriberRow = {
    id: randomUUID(),
    email,
    status: "pending",
    created_at: at,
    confirm_sent_at: null,
    confirmed_at: null,
    unsubscribed_at: null,
    updated_at: at,
  };
  await db.insertInto("subscribers").values(row).execute();
  return row;
}

/** Changes a subscriber's state and dates; the fields not given stay as they are. */
export async function updateSubscriber(
  db: Kysely<Database>,
  id: string,
  change: Partial<Pick<SubscriberRow, "status" | "confirm_sent_at" | "confirmed_at" | "unsubscribed_at">>,
  now: Date,
): Promise<void> {
  await db.updateTable("subscribers").set({ ...change, updated_at: now.toISOString() }).where("id", "=", id).execute();
}

export async function insertSubscriberKey(db: Kysely<Database>, key: Omit<SubscriberKeyRow, "used_at">): Promise<void> {
  await db.insertInto("subscriber_keys").values({ ...key, used_at: null }).execute();
}

/** A key with its subscriber, when both exist. */
export async function findSubscriberKey(db: Kysely<Database>, tokenHash: string): Promise<{ key: SubscriberKeyRow; subscriber: SubscriberRow } | undefined> {
  const key = await db.selectFrom("subscriber_keys").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  if (!key) return undefined;
  const subscriber = await findSubscriber(db, key.subscriber_id);
  return subscriber && { key, subscriber };
}

export async function markSubscriberKeyUsed(db: Kysely<Database>, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable("subscriber_keys").set({ used_at: now.toISOString() }).where("token_hash", "=", tokenHash).where("used_at", "is", null).execute();
}

export async function deleteSubscriberKey(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom("subscriber_keys").where("token_hash", "=", tokenHash).execute();
}

/** Removes a subscriber and every key of theirs (the keys first: SQLite enforces the reference without cascading on old files). */
export async function deleteSubscriber(db: Kysely<Database>, id: string): Promise<boolean> {
  await db.deleteFrom("subscriber_keys").where("subscriber_id", "=", id).execute();
  const result = await db.deleteFrom("subscribers").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The subscriptions still waiting for confirmation whose last confirmation email was sent before `cutoff`. */
export async function listUnconfirmedBefore(db: Kysely<Database>, cutoff: Date): Promise<Pick<SubscriberRow, "id" | "email">[]> {
  return db.selectFrom("subscribers").select(["id", "email"]).where("status", "=", "pending").where("confirm_sent_at", "<", cutoff.toISOString()).execute();
}

/** Marks every unused key of one purpose of a subscriber used: a confirmation makes the other confirm links void. */
export async function useUpSubscriberKeys(db: Kysely<Database>, subscriberId: string, purpose: SubscriberKeyRow["purpose"], now: Date): Promise<void> {
  await db
    .updateTable("subscriber_keys")
    .set({ used_at: now.toISOString() })
    .where("subscriber_id", "=", subscriberId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .execute();
}

/**
 * Confirmed subscribers who confirmed at or before `at`, without an email queued under `keyOf(id)` yet, in id order
 * after `afterId`: one page of the readers a note is still owed to.
 */
export async function confirmedSubscribersOwed(
  db: Kysely<Database>,
  options: { confirmedBy: Date; keyPrefix: string; afterId: string; limit: number },
): Promise<Pick<SubscriberRow, "id" | "email">[]> {
  return db
    .selectFrom("subscribers")
    .select(["subscribers.id", "subscribers.email"])
    .where("status", "=", "confirmed")
    .where("confirmed_at", "<=", options.confirmedBy.toISOString())
    .where("subscribers.id", ">", options.afterId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("outbox").select("outbox.id").where("outbox.dedupe_key", "=", sql<string>`${options.keyPrefix} || subscribers.id`))),
    )
    .orderBy("subscribers.id")
    .limit(options.limit)
    .execute();
}

export async function countSubscribersByStatus(db: Kysely<Database>): Promise<Record<SubscriberStatus, number>> {
  const rows = await db.selectFrom("subscribers").select(["status", (eb) => eb.fn.countAll<string | number>().as("count")]).groupBy("status").execute();
  const counts: Record<SubscriberStatus, number> = { pending: 0, confirmed: 0, unsubscribed: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/** Subscribers, newest first, whose address contains `search` (any case), at most `limit`. */
export async function listSubscribers(db: Kysely<Database>, options: { search?: string; limit?: number } = {}): Promise<SubscriberRow[]> {
  let query = db.selectFrom("subscribers").selectAll().orderBy("created_at", "desc").orderBy("id");
  const search = options.search?.trim().toLowerCase();
  // Addresses are stored lower-cased; %, _ and a backslash in the search are matched as themselves.
  if (search) query = query.where(sql<boolean>`email like ${`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  return query.limit(options.limit ?? 10_000).execute();
}

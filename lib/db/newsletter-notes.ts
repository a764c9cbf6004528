import { sql, type Kysely, type Selectable } from "kysely";
import type { Database, NewsletterNotesTable, OutboxStatus } from "./schema";

export type NewsletterNoteRow = Selectable<NewsletterNotesTable>;

export async function listNewsletterNotes(db: Kysely<Database>): Promise<NewsletterNoteRow[]> {
  return db.selectFrom("newsletter_notes").selectAll().execute();
}

/** Records a note as seen live; says whether this call recorded it (false: someone had already). */
export async function recordNewsletterNote(db: Kysely<Database>, row: Omit<NewsletterNoteRow, "queued_at">): Promise<boolean> {
  const result = await db
    .insertInto("newsletter_notes")
    .values({ ...row, queued_at: null })
    .onConflict((conflict) => conflict.column("slug").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function markNewsletterNoteQueued(db: Kysely<Database>, slug: string, now: Date): Promise<void> {
  await db.updateTable("newsletter_notes").set({ queued_at: now.toISOString() }).where("slug", "=", slug).execute();
}

/**
 * How many emails of one kind each topic under a prefix has, by status ("note:" and "newsletter-note": each note's
 * emails to its readers, sent, pending, failed or withdrawn).
 */
export async function countEmailsByTopicAndStatus(
  db: Kysely<Database>,
  which: { kind: string; topicPrefix: string },
): Promise<{ topic: string; status: OutboxStatus; count: number }[]> {
  const rows = await db
    .selectFrom("outbox")
    .select(["topic", "status", (eb) => eb.fn.countAll<string | number>().as("count")])
    .where("kind", "=", which.kind)
    .where(sql<boolean>`substr(topic, 1, ${which.topicPrefix.length}) = ${which.topicPrefix}`)
    .groupBy(["topic", "status"])
    .execute();
  return rows.map((row) => ({ topic: row.topic ?? "", status: row.status, count: Number(row.count) }));
}

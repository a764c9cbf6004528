import type { Kysely } from "kysely";
import type { Database, OutboxStatus } from "../db/schema";
import { redactText } from "./redaction";

/** An email as the admin sees it: never with what it asked to have removed (a manage link's key), whatever its status. */
export interface OutboxEntry {
  id: string;
  topic: string | null;
  kind: string;
  recipient: string;
  subject: string;
  textBody: string;
  hasInvite: boolean;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  sendAfter: string;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxAttempt {
  attemptedAt: string;
  outcome: "sent" | "failed";
  error: string | null;
}

/** The outbox, newest first, optionally of one status; bodies are redacted. */
export async function listOutbox(db: Kysely<Database>, options: { status?: OutboxStatus; limit?: number } = {}): Promise<OutboxEntry[]> {
  let query = db.selectFrom("outbox").selectAll().orderBy("created_at", "desc").orderBy("id").limit(options.limit ?? 200);
  if (options.status) query = query.where("status", "=", options.status);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    topic: row.topic,
    kind: row.kind,
    recipient: row.recipient,
    subject: row.subject,
    textBody: redactText(row.text_body, row),
    hasInvite: row.ics !== null,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    sendAfter: row.send_after,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  }));
}

/** Every try at sending one email, oldest first. */
export async function listOutboxAttempts(db: Kysely<Database>, outboxId: string): Promise<OutboxAttempt[]> {
  const rows = await db.selectFrom("outbox_attempts").selectAll().where("outbox_id", "=", outboxId).orderBy("attempted_at").orderBy("id").execute();
  return rows.map((row) => ({ attemptedAt: row.attempted_at, outcome: row.outcome, error: row.error }));
}

/**
 * The admin's retry: a failed email goes back in line now, with a fresh round of tries (its earlier attempts stay in
 * outbox_attempts). Only failed emails can be retried; anything else is left as it is.
 */
export async function retryOutboxMessage(db: Kysely<Database>, id: string, now: Date): Promise<"queued" | "not-found" | "not-failed"> {
  const result = await db
    .updateTable("outbox")
    .set({ status: "pending", attempts: 0, send_after: now.toISOString(), claimed_by: null, claimed_until: null, updated_at: now.toISOString() })
    .where("id", "=", id)
    .where("status", "=", "failed")
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return "queued";
  const exists = await db.selectFrom("outbox").select("id").where("id", "=", id).executeTakeFirst();
  return exists ? "not-failed" : "not-found";
}

/** How many emails wait to be sent. */
export async function countPendingEmails(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<string | number>().as("count")).where("status", "=", "pending").executeTakeFirstOrThrow();
  return Number(row.count);
}

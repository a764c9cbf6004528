import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { OutboxRow } from "./outbox";
import { redactBody } from "./redaction";
import { retryDelayMs, type RetryPolicy } from "./retry-policy";
import { randomUUID } from "node:crypto";
import { countAttempt } from "../db/rate-limits";

// Every end of a claim (sent, withdrawn, failed) frees the row for the next sender and stamps it.
const releasedClaim = (now: Date) => ({ updated_at: now.toISOString(), claimed_by: null, claimed_until: null });

// What every end of a claim updates: the row this sender claimed, and only while it is still pending. A row cancelled
// meanwhile (the call was cancelled or moved) stays cancelled and redacted; one another sender took over is theirs.
const stillOurs = (senderId: string) => (eb: ExpressionBuilder<Database, "outbox">) =>
  eb.and([eb("status", "=", "pending"), eb("claimed_by", "=", senderId)]);

/** How long a sender may hold an email before another may take it over (a sender that died mid-send). */
export const CLAIM_MS = 5 * 60_000;

/** How fast mail to many (`bulk`) may go, across every sender on the database: a mail provider's limit. */
export interface BulkPace {
  perMinute: number;
}

/**
 * Takes the next due email for one sender: everything else before bulk mail, then the oldest due first. A bulk email
 * is only taken while this minute's allowance (counted in the database, so shared by every sender) lasts. The UPDATE only succeeds while the row is still pending and unclaimed
 * (or its claim has run out); when two senders race for a row, the database lets one update it and the other
 * matches nothing and moves on to the next candidate. PostgreSQL re-checks the WHERE after waiting for the row lock;
 * SQLite runs one writer at a time.
 */
export async function claimDueEmail(db: Kysely<Database>, senderId: string, now: Date, pace: BulkPace = { perMinute: 60 }): Promise<OutboxRow | undefined> {
  const at = now.toISOString();
  const candidates = await db
    .selectFrom("outbox")
    .select(["id", "bulk"])
    .where("status", "=", "pending")
    .where("send_after", "<=", at)
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<=", at)]))
    .orderBy("bulk")
    .orderBy("send_after")
    .orderBy("created_at")
    .limit(10)
    .execute();
  for (const { id, bulk } of candidates) {
    if (bulk && !(await countAttempt(db, "outbox:bulk", { limit: pace.perMinute, windowMs: 60_000 }, now)).allowed) break;
    const result = await db
      .updateTable("outbox")
      .set({ claimed_by: senderId, claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString(), updated_at: at })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .where("send_after", "<=", at)
      .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<=", at)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) {
      return db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    }
  }
  return undefined;
}

/**
 * Whether this sender still holds its claim on a pending email: checked right before the email is handed to SMTP, so
 * one cancelled after the claim is not sent.
 */
export async function claimStillHeld(db: Kysely<Database>, email: OutboxRow, senderId: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom("outbox")
    .select("id")
    .where("id", "=", email.id)
    .where(stillOurs(senderId))
    .where("claimed_until", ">", now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Marks a claimed email as sent and keeps the attempt. The stored copy loses the manage link's key: from here on
 * the only copy of it is in the founder's mailbox. An email cancelled while the mail server was taking it stays
 * cancelled; the attempt is kept all the same, since it did go.
 */
export async function recordSent(db: Kysely<Database>, email: OutboxRow, senderId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("outbox")
      .set((eb) => ({
        status: "sent",
        attempts: eb("attempts", "+", 1),
        sent_at: now.toISOString(),
        last_error: null,
        ...releasedClaim(now),
        ...redactBody(email),
      }))
      .where("id", "=", email.id)
      .where(stillOurs(senderId))
      .execute();
    await trx.insertInto("outbox_attempts").values({ id: randomUUID(), outbox_id: email.id, attempted_at: now.toISOString(), outcome: "sent", error: null }).execute();
  });
}

/** Withdraws a claimed email that should no longer go (its send-before time has passed). */
export async function withdrawClaimedEmail(db: Kysely<Database>, email: OutboxRow, senderId: string, now: Date, reason: string): Promise<void> {
  await db
    .updateTable("outbox")
    .set({
      status: "cancelled",
      last_error: reason,
      ...releasedClaim(now),
      ...redactBody(email),
    })
    .where("id", "=", email.id)
    .where(stillOurs(senderId))
    .execute();
}

/**
 * Keeps a failed attempt; the email waits for its next try, or is given up ("failed") after the last one. "superseded":
 * the email was no longer this sender's to retry (cancelled meanwhile, or taken over), and is left as it is.
 */
export async function recordFailure(db: Kysely<Database>, email: OutboxRow, senderId: string, now: Date, error: string, policy: RetryPolicy): Promise<"retrying" | "failed" | "superseded"> {
  const attempts = email.attempts + 1;
  const outcome = attempts >= policy.maxAttempts ? "failed" : "retrying";
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("outbox")
      .set({
        status: outcome === "failed" ? "failed" : "pending",
        attempts,
        send_after: new Date(now.getTime() + retryDelayMs(attempts, policy)).toISOString(),
        last_error: error.slice(0, 1000),
        ...releasedClaim(now),
      })
      .where("id", "=", email.id)
      .where(stillOurs(senderId))
      .executeTakeFirst();
    await trx.insertInto("outbox_attempts").values({ id: randomUUID(), outbox_id: email.id, attempted_at: now.toISOString(), outcome: "failed", error: error.slice(0, 1000) }).execute();
    return Number(result.numUpdatedRows) === 1 ? outcome : "superseded";
  });
}

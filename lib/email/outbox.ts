import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database, OutboxTable } from "../db/schema";
import { redactBody, redactionPattern } from "./redaction";

export type OutboxRow = Selectable<OutboxTable>;

export interface NewEmail {
  /** What the email is, in the queuer's words ("founder-reminder"); the admin shows it. */
  kind: string;
  /** What it is about, so the emails about one thing can be found together ("booking:<id>"). */
  topic?: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  ics?: string;
  /** Not before this instant; now for most emails, the day before the call for a reminder. */
  sendAfter: Date;
  /** Not after this instant: an email still unsent then is withdrawn, with `note` as the reason. */
  sendBefore?: { at: Date; note: string };
  /** What the stored copy loses once sent or withdrawn, and what the admin's view never shows (a link's key). */
  redact?: { pattern: string; replacement: string };
  /** Extra headers (List-Unsubscribe); they are redacted like the bodies. */
  headers?: Record<string, string>;
  /** Mail to many: sent after everything else that is due, at the sender's bulk pace. */
  bulk?: boolean;
}

/** Adds an email to the outbox, inside the caller's transaction, so it is stored with the change it reports or not at all. */
export async function enqueueEmail(db: Kysely<Database>, email: NewEmail, now: Date): Promise<string> {
  const row = outboxRow(email, now, null);
  await db.insertInto("outbox").values(row).execute();
  return row.id;
}

/**
 * Adds an email unless one with the same key was ever queued (whatever became of it): the database's unique index
 * decides, so senders in any number of processes, a restart or a cron run queue it once. Says whether it was added.
 */
export async function enqueueEmailOnce(db: Kysely<Database>, email: NewEmail & { key: string }, now: Date): Promise<boolean> {
  const result = await db
    .insertInto("outbox")
    .values(outboxRow(email, now, email.key))
    .onConflict((conflict) => conflict.column("dedupe_key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

function outboxRow(email: NewEmail, now: Date, key: string | null) {
  // A pattern that does not compile fails the caller's transaction now, not the sender after the email has gone.
  if (email.redact) redactionPattern(email.redact.pattern);
  return {
    id: randomUUID(),
    topic: email.topic ?? null,
    kind: email.kind,
    recipient: email.recipient,
    subject: email.subject,
    text_body: email.text,
    html_body: email.html,
    ics: email.ics ?? null,
    status: "pending" as const,
    attempts: 0,
    send_after: email.sendAfter.toISOString(),
    send_before: email.sendBefore?.at.toISOString() ?? null,
    stale_note: email.sendBefore?.note ?? null,
    redact_pattern: email.redact?.pattern ?? null,
    redact_replacement: email.redact?.replacement ?? null,
    dedupe_key: key,
    headers: email.headers ? JSON.stringify(email.headers) : null,
    bulk: email.bulk ? 1 : 0,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
}

/**
 * Withdraws the emails of one kind about one topic (a reminder for a call that was cancelled or moved), or of some
 * kinds to one address (everything a reader who left was still owed), that have not gone yet; with `alsoFailed`,
 * the ones given up on too, so a retry from the admin cannot send them after all. A withdrawn email is never sent, so its copy is redacted at once.
 */
export async function cancelPendingEmails(
  db: Kysely<Database>,
  which: ({ topic: string; kind: string } | { recipient: string; kinds: readonly string[] }) & { alsoFailed?: boolean },
  now: Date,
): Promise<number> {
  const pending = await db
    .selectFrom("outbox")
    .select(["id", "text_body", "html_body", "ics", "headers", "redact_pattern", "redact_replacement"])
    .where((eb) =>
      "topic" in which
        ? eb.and([eb("topic", "=", which.topic), eb("kind", "=", which.kind)])
        : eb.and([eb("recipient", "=", which.recipient), eb("kind", "in", [...which.kinds])]),
    )
    .where("status", "in", which.alsoFailed ? ["pending", "failed"] : ["pending"])
    .execute();
  for (const email of pending) {
    await db
      .updateTable("outbox")
      .set({ status: "cancelled", ...redactBody(email), updated_at: now.toISOString() })
      .where("id", "=", email.id)
      .where("status", "in", which.alsoFailed ? ["pending", "failed"] : ["pending"])
      .execute();
  }
  return pending.length;
}

/** Deletes every email of these kinds to one address, whatever became of it, with its attempts: an address forgotten. */
export async function deleteEmailsTo(db: Kysely<Database>, which: { recipient: string; kinds: readonly string[] }): Promise<number> {
  const ids = db.selectFrom("outbox").select("id").where("recipient", "=", which.recipient).where("kind", "in", [...which.kinds]);
  await db.deleteFrom("outbox_attempts").where("outbox_id", "in", ids).execute();
  const result = await db.deleteFrom("outbox").where("recipient", "=", which.recipient).where("kind", "in", [...which.kinds]).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Whether an email of this kind about this topic was queued at or after `since`, whatever became of it. */
export async function hasEmailSince(db: Kysely<Database>, which: { topic: string; kind: string }, since: Date): Promise<boolean> {
  const row = await db
    .selectFrom("outbox")
    .select("id")
    .where("topic", "=", which.topic)
    .where("kind", "=", which.kind)
    .where("created_at", ">=", since.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

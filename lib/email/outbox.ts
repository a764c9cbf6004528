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
}

/** Adds an email to the outbox, inside the caller's transaction, so it is stored with the change it reports or not at all. */
export async function enqueueEmail(db: Kysely<Database>, email: NewEmail, now: Date): Promise<string> {
  // A pattern that does not compile fails the caller's transaction now, not the sender after the email has gone.
  if (email.redact) redactionPattern(email.redact.pattern);
  const id = randomUUID();
  await db
    .insertInto("outbox")
    .values({
      id,
      topic: email.topic ?? null,
      kind: email.kind,
      recipient: email.recipient,
      subject: email.subject,
      text_body: email.text,
      html_body: email.html,
      ics: email.ics ?? null,
      status: "pending",
      attempts: 0,
      send_after: email.sendAfter.toISOString(),
      send_before: email.sendBefore?.at.toISOString() ?? null,
      stale_note: email.sendBefore?.note ?? null,
      redact_pattern: email.redact?.pattern ?? null,
      redact_replacement: email.redact?.replacement ?? null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute();
  return id;
}

/**
 * Withdraws the emails of one kind about one topic that have not gone yet (a reminder for a call that was cancelled
 * or moved). A withdrawn email is never sent, so its copy is redacted at once.
 */
export async function cancelPendingEmails(db: Kysely<Database>, which: { topic: string; kind: string }, now: Date): Promise<number> {
  const pending = await db
    .selectFrom("outbox")
    .select(["id", "text_body", "html_body", "ics", "redact_pattern", "redact_replacement"])
    .where("topic", "=", which.topic)
    .where("kind", "=", which.kind)
    .where("status", "=", "pending")
    .execute();
  for (const email of pending) {
    await db
      .updateTable("outbox")
      .set({ status: "cancelled", ...redactBody(email), updated_at: now.toISOString() })
      .where("id", "=", email.id)
      .where("status", "=", "pending")
      .execute();
  }
  return pending.length;
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

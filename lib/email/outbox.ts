import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database, OutboxTable } from "../db/schema";

export type OutboxRow = Selectable<OutboxTable>;

/** What each email is for; the admin shows it, and a booking's reminder is found by it. */
export type EmailKind =
  | "founder-confirmation"
  | "founder-reminder"
  | "founder-moved"
  | "founder-cancelled"
  | "consultant-new-booking"
  | "consultant-moved"
  | "consultant-cancelled";

export interface NewEmail {
  bookingId: string | null;
  kind: EmailKind;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  ics?: string;
  /** Not before this instant; now for most emails, the day before the call for a reminder. */
  sendAfter: Date;
}

/** Adds an email to the outbox, inside the caller's transaction, so it is stored with the change it reports or not at all. */
export async function enqueueEmail(db: Kysely<Database>, email: NewEmail, now: Date): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("outbox")
    .values({
      id,
      booking_id: email.bookingId,
      kind: email.kind,
      recipient: email.recipient,
      subject: email.subject,
      text_body: email.text,
      html_body: email.html,
      ics: email.ics ?? null,
      status: "pending",
      attempts: 0,
      send_after: email.sendAfter.toISOString(),
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute();
  return id;
}

/** Withdraws a booking's emails of one kind that have not gone yet (a reminder for a call that was cancelled or moved). */
export async function cancelPendingEmails(db: Kysely<Database>, bookingId: string, kind: EmailKind, now: Date): Promise<number> {
  const result = await db
    .updateTable("outbox")
    .set({ status: "cancelled", updated_at: now.toISOString() })
    .where("booking_id", "=", bookingId)
    .where("kind", "=", kind)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

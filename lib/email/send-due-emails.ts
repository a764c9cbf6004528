import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { claimDueEmail, claimStillHeld, recordFailure, recordSent, withdrawClaimedEmail } from "./outbox-claims";
import type { OutboxRow } from "./outbox";
import { defaultRetryPolicy, type RetryPolicy } from "./retry-policy";
import type { MailTransport } from "./smtp-transport";

export interface SendReport {
  sent: number;
  retrying: number;
  failed: number;
}

export interface SendOptions {
  /** Names this sender in its claims; unique per process. */
  senderId: string;
  now: () => Date;
  policy?: RetryPolicy;
  /** At most this many emails in one pass, so a long queue does not hold one pass for ever. */
  limit?: number;
  /** How many bulk emails (the newsletter) may go a minute, over every sender on the database; 60 when not said. */
  bulkPerMinute?: number;
}

/**
 * Sends what is due, one claimed email at a time, and records each attempt. Several senders may run at once
 * (processes, instances, a cron): each email is claimed by one of them only.
 */
export async function sendDueEmails(db: Kysely<Database>, transport: MailTransport, options: SendOptions): Promise<SendReport> {
  const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
  const policy = options.policy ?? defaultRetryPolicy;
  for (let count = 0; count < (options.limit ?? 100); count++) {
    const email = await claimDueEmail(db, options.senderId, options.now(), { perMinute: options.bulkPerMinute ?? 60 });
    if (!email) break;
    if (isStale(email, options.now())) {
      await withdrawClaimedEmail(db, email, options.senderId, options.now(), email.stale_note ?? "not sent: its time had passed");
      continue;
    }
    // Cancelled or moved since the claim: not sent. A cancel that lands after this check, while the mail server
    // takes the email, cannot be stopped; the row stays cancelled all the same (the record* functions see to that).
    if (!(await claimStillHeld(db, email, options.senderId, options.now()))) continue;
    try {
      await transport.send(email);
    } catch (error) {
      const outcome = await recordFailure(db, email, options.senderId, options.now(), describeError(error), policy);
      if (outcome !== "superseded") report[outcome]++;
      continue;
    }
    await recordSent(db, email, options.senderId, options.now());
    report.sent++;
  }
  return report;
}

// Mail that was down for a day must not send what is no longer true (a reminder of a call that is over).
function isStale(email: OutboxRow, now: Date): boolean {
  return email.send_before !== null && Date.parse(email.send_before) <= now.getTime();
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { sql } from "kysely";
import type { Storage } from "../../lib/db/connect";

// What is really stored, read by the drill's own connection: the bookings, the emails they owe, and whether the
// SQLite file is whole. Nothing here trusts what the site answered.

export interface StoredBooking {
  id: string;
  email: string;
  start: string;
  status: string;
  sequence: number;
}

export async function storedBookings(storage: Storage): Promise<StoredBooking[]> {
  const rows = await storage.db.selectFrom("bookings").select(["id", "email", "start_at", "status", "sequence"]).execute();
  return rows.map((row) => ({ id: row.id, email: row.email, start: row.start_at, status: row.status, sequence: Number(row.sequence) }));
}

/** Start times held by more than one live booking (the unique index should make this impossible). */
export function doubleHeldTimes(bookings: StoredBooking[]): string[] {
  const seen = new Map<string, number>();
  for (const booking of bookings) if (booking.status !== "cancelled") seen.set(booking.start, (seen.get(booking.start) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([start]) => start);
}

export interface StoredEmail {
  id: string;
  topic: string | null;
  kind: string;
  status: string;
  attempts: number;
}

export async function storedEmails(storage: Storage): Promise<StoredEmail[]> {
  const rows = await storage.db.selectFrom("outbox").select(["id", "topic", "kind", "status", "attempts"]).execute();
  return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
}

/**
 * The emails each booking owes, from what happened to it (its change counter `sequence` counts moves and the
 * cancellation): one confirmation and one note to the consultant; one pair per move; one pair for a cancellation;
 * at most one live reminder, none once cancelled. Returns a line per booking whose outbox says otherwise.
 */
export function owedEmailProblems(bookings: StoredBooking[], emails: StoredEmail[]): string[] {
  const byTopic = new Map<string, StoredEmail[]>();
  for (const email of emails) if (email.topic) byTopic.set(email.topic, [...(byTopic.get(email.topic) ?? []), email]);
  const problems: string[] = [];
  for (const booking of bookings) {
    const mine = byTopic.get(`booking:${booking.id}`) ?? [];
    const count = (kind: string) => mine.filter((email) => email.kind === kind).length;
    const cancelled = booking.status === "cancelled" ? 1 : 0;
    const moves = booking.sequence - cancelled;
    const liveReminders = mine.filter((email) => email.kind === "founder-reminder" && email.status !== "cancelled").length;
    const expected: Record<string, number> = {
      "founder-confirmation": 1,
      "consultant-new-booking": 1,
      "founder-moved": moves,
      "consultant-moved": moves,
      "founder-cancelled": cancelled,
      "consultant-cancelled": cancelled,
    };
    for (const [kind, want] of Object.entries(expected)) {
      if (count(kind) !== want) problems.push(`${booking.id}: ${count(kind)} ${kind}, owed ${want}`);
    }
    if (liveReminders > (cancelled ? 0 : 1)) problems.push(`${booking.id}: ${liveReminders} live reminders`);
  }
  return problems;
}

/** SQLite's own check of the whole file: "ok", or what is wrong. PostgreSQL: not applicable. */
export async function integrityCheck(storage: Storage): Promise<string> {
  if (storage.kind !== "sqlite") return "n/a";
  const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(storage.db);
  return rows.map((row) => row.integrity_check).join(", ");
}

/** Message-IDs the site gives an outbox row: `<id@domain>`. */
export const outboxIdOf = (messageId: string) => /^<?([^@>]+)@/.exec(messageId)?.[1] ?? "";

import { sql } from "kysely";
import { isStale } from "../calendars/busy-copy";
import type { CalendarSettings } from "../content/calendar-schema";
import type { Storage } from "../db/connect";

// What GET /api/health answers a load balancer or an uptime monitor: whether this process reaches its database, how
// long the oldest email that is due has waited, and how fresh each calendar's copy is. Nothing about bookings: no
// names, addresses or counts. A few indexed queries, bounded by a timeout, so a check never hangs on a database that
// does not answer.

export interface HealthCalendar {
  id: string;
  /** Whether the last good copy is younger than `staleAfterMinutes`. */
  fresh: boolean;
  /** Seconds since the last good read; null when it was never read. */
  lastReadSecondsAgo: number | null;
}

export type HealthReport =
  | {
      status: "ok";
      database: "reachable";
      /** Seconds the oldest pending email that is due (send_after passed) has waited; null when none is due. */
      oldestPendingEmailSeconds: number | null;
      calendars: HealthCalendar[];
    }
  | { status: "unavailable"; database: "unreachable" };

export interface HealthInput {
  storage: () => Promise<Storage>;
  /** The calendars booking.yaml names, and when a copy counts as stale. */
  calendars: Pick<CalendarSettings, "staleAfterMinutes" | "sources">;
  now: Date;
  /** How long the whole check may take before the database counts as unreachable. */
  timeoutMs?: number;
  /** Told why the database was unreachable (the reason never reaches the response). */
  onError?: (error: unknown) => void;
}

export const HEALTH_TIMEOUT_MS = 2_000;
/** What a 503 asks the client to wait before asking again. */
export const HEALTH_RETRY_AFTER_SECONDS = 30;

/** Checks the database and reads the outbox's and calendars' state; "unavailable" when any of it fails or times out. */
export async function checkHealth(input: HealthInput): Promise<HealthReport> {
  try {
    return await databaseWithin(readHealth(input), input.timeoutMs ?? HEALTH_TIMEOUT_MS);
  } catch (error) {
    input.onError?.(error);
    return { status: "unavailable", database: "unreachable" };
  }
}

/** The database gave no answer in time. */
export class DatabaseTimeoutError extends Error {}

/** The database's answer, or a DatabaseTimeoutError once `timeoutMs` has passed without one: a check that never hangs. */
export async function databaseWithin<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(`the database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  // Work that loses the race may still fail later; nobody waits for it then.
  work.catch(() => {});
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readHealth({ storage, calendars, now }: HealthInput): Promise<HealthReport> {
  const { db } = await storage();
  await sql`select 1`.execute(db);
  const at = now.toISOString();
  // The outbox_due index (status, send_after) answers this alone.
  const oldest = await db
    .selectFrom("outbox")
    .select((eb) => eb.fn.min("send_after").as("oldest"))
    .where("status", "=", "pending")
    .where("send_after", "<=", at)
    .executeTakeFirst();
  const ids = calendars.sources.map((source) => source.id);
  const rows = ids.length ? await db.selectFrom("calendar_sources").select(["id", "fetched_at"]).where("id", "in", ids).execute() : [];
  const fetched = new Map(rows.map((row) => [row.id, row.fetched_at]));
  return {
    status: "ok",
    database: "reachable",
    oldestPendingEmailSeconds: oldest?.oldest ? secondsBetween(oldest.oldest, now) : null,
    calendars: ids.map((id) => {
      const fetchedAt = fetched.get(id) ?? null;
      return { id, fresh: !isStale(fetchedAt, calendars, now), lastReadSecondsAgo: fetchedAt ? secondsBetween(fetchedAt, now) : null };
    }),
  };
}

function secondsBetween(instant: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(instant).getTime()) / 1000));
}

/** The report as the HTTP answer: 200, or 503 with Retry-After; never stored by a browser or a proxy. */
export function healthResponse(report: HealthReport): Response {
  const ok = report.status === "ok";
  return Response.json(report, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": String(HEALTH_RETRY_AFTER_SECONDS) }) },
  });
}

import type { Storage } from "../db/connect";
import {
  claimCalendarWriter,
  findDueCalendarItems,
  markCalendarItemWritten,
  recordCalendarWriteFailure,
  releaseCalendarWriter,
} from "../db/calendar-writes";
import { CalDavError, deleteCalDavEvent, putCalDavEvent, type CalDavAccount } from "./caldav";

/** What an item is now: an event to put (at its current version), or gone (cancelled, deleted) and to be removed. */
export type ItemState = { version: number; fileName: string } & ({ kind: "put"; ics: string } | { kind: "delete" });

export interface CalendarWriter {
  storage: Storage;
  calendarId: string;
  account: CalDavAccount;
  timeoutMs: number;
  owner: string;
  clock: () => Date;
  /** Reads the item as it stands now, so a write always copies the latest state, whatever change queued it. */
  current: (item: string) => Promise<ItemState>;
}

const MINUTE = 60_000;
/** 1, 2, 4 … minutes after each failure, at most an hour apart: a calendar down for a day is retried all day. */
export const retryDelayMs = (attempts: number) => Math.min(60, 2 ** attempts) * MINUTE;

/**
 * Writes every due change into the calendar, one item after another, while holding the calendar's writer lease. Each
 * write copies the item as it stands (PUT replaces the event at its file name, DELETE of a missing event succeeds), so
 * a write repeated after a crash leaves one event, not two; then the changes it covered are marked done. A failure
 * leaves them pending, to be retried later.
 */
export async function writeDueCalendarItems(writer: CalendarWriter): Promise<{ written: number; failed: number }> {
  const { db } = writer.storage;
  const started = writer.clock();
  const leaseMs = 20 * writer.timeoutMs + 60_000;
  if (!(await claimCalendarWriter(db, writer.calendarId, writer.owner, started, leaseMs))) return { written: 0, failed: 0 };
  let written = 0;
  let failed = 0;
  try {
    for (const item of await findDueCalendarItems(db, writer.calendarId, started, 20)) {
      const state = await writer.current(item);
      try {
        if (state.kind === "put") await putCalDavEvent(writer.account, state.fileName, state.ics, { timeoutMs: writer.timeoutMs });
        else await deleteCalDavEvent(writer.account, state.fileName, { timeoutMs: writer.timeoutMs });
        await markCalendarItemWritten(db, writer.calendarId, item, state.version, writer.clock());
        written += 1;
      } catch (error) {
        failed += 1;
        const message = error instanceof CalDavError ? error.message : `the event could not be written (${String(error)})`;
        const attempts = await attemptsSoFar(writer, item);
        await recordCalendarWriteFailure(db, writer.calendarId, item, message, new Date(writer.clock().getTime() + retryDelayMs(attempts)));
        // The server is down or refusing: the rest waits for the next pass rather than each timing out now.
        break;
      }
    }
  } finally {
    await releaseCalendarWriter(db, writer.calendarId, writer.owner);
  }
  return { written, failed };
}

async function attemptsSoFar(writer: CalendarWriter, item: string): Promise<number> {
  const row = await writer.storage.db
    .selectFrom("calendar_writes")
    .select((eb) => eb.fn.max("attempts").as("attempts"))
    .where("calendar_id", "=", writer.calendarId)
    .where("item", "=", item)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(row?.attempts ?? 0);
}

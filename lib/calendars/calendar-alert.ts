import type { Storage } from "../db/connect";
import type { CalendarSourceRow } from "../db/calendar-sources";
import { markCalendarAlerted } from "../db/calendar-sources";
import { inWriteTransaction } from "../db/write-transaction";
import { composeEmail } from "../email/compose-email";
import { enqueueEmail } from "../email/outbox";
import type { CalendarSource } from "./sources";

/** Who is told when a calendar stops answering, and what the site is called. */
export interface AlertSettings {
  consultantAddress: string;
  siteUrl: string;
  timeZone: string;
  /** What happens to the offered times meanwhile (booking.yaml's whenStale). */
  whenStale: "keep-offering" | "stop-offering";
}

/**
 * Emails the consultant once about a calendar whose copy has gone stale while its reads fail: the mark and the email
 * are written in one transaction, so of several processes (or polls) exactly one queues it. The next good read clears
 * the mark, so a later run of failures is reported again.
 */
export async function alertConsultantOnce(storage: Storage, source: CalendarSource, row: CalendarSourceRow, alert: AlertSettings, now: Date): Promise<void> {
  await inWriteTransaction(storage, async (db) => {
    if (!(await markCalendarAlerted(db, source.id, now))) return;
    const since = new Intl.DateTimeFormat("en-US", { timeZone: alert.timeZone, dateStyle: "full", timeStyle: "short" }).format(
      new Date(row.failing_since ?? now),
    );
    const meanwhile =
      alert.whenStale === "stop-offering"
        ? "Until it answers, /book offers no times (whenStale: stop-offering in booking.yaml)."
        : "Meanwhile /book keeps offering times from the last copy it read, which may miss meetings added since.";
    const email = composeEmail(`Your calendar “${source.name}” cannot be read`, [
      { kind: "paragraph", text: `The site has not been able to read your calendar “${source.name}” since ${since}.` },
      { kind: "details", rows: [{ label: "Last error", value: row.last_error ?? "unknown" }] },
      { kind: "paragraph", text: meanwhile },
      // A button, like the booking emails' "Open the booking": the one thing to do.
      { kind: "button", label: "See the calendars and fetch again", href: new URL("/admin/calendars", alert.siteUrl).toString(), tone: "primary" },
      { kind: "paragraph", text: "This is the only email about this outage; the admin shows the calendar’s state on every page." },
    ]);
    await enqueueEmail(
      db,
      { kind: "consultant-calendar-failing", topic: `calendar:${source.id}`, recipient: alert.consultantAddress, ...email, sendAfter: now },
      now,
    );
  });
}

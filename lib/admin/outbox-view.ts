import { z } from "zod";
import type { BookingContext } from "../booking/context";
import { bookingIdOfTopic } from "../booking/notifications/booking-mail";
import type { OutboxStatus } from "../db/schema";
import { listOutbox, listOutboxAttempts, retryOutboxMessage, type OutboxAttempt, type OutboxEntry } from "../email/outbox-admin";
import { formatAdminDateTime } from "./admin-dates";
import { outboxKindLabel } from "./outbox-kinds";

export type { OutboxStatus };

/** An email as the admin's outbox lists it: times on the consultant's clock, and a link to what it is about. */
export interface OutboxListEntry extends OutboxEntry {
  /** What the email is, in words ("Confirmation to the founder"); the raw kind for one the admin does not know. */
  kindLabel: string;
  created: string;
  sent?: string;
  attemptsMade: (OutboxAttempt & { when: string })[];
  about?: { href: string; label: string };
}

// The outbox knows its emails only by topic; the admin knows where each kind of topic lives.
function aboutLink(topic: string | null): OutboxListEntry["about"] {
  const bookingId = bookingIdOfTopic(topic);
  return bookingId ? { href: `/admin/bookings/${bookingId}`, label: "The booking" } : undefined;
}

/** The outbox, newest first, of one status or all; every try is listed only where it helps. */
export async function listOutboxEntries(context: BookingContext, status: OutboxStatus | "all"): Promise<OutboxListEntry[]> {
  const { db } = await context.storage();
  const at = (iso: string) => formatAdminDateTime(new Date(iso), context.settings.timeZone);
  const entries = await listOutbox(db, status === "all" ? {} : { status });
  return Promise.all(
    entries.map(async (entry) => {
      const about = aboutLink(entry.topic);
      return {
        ...entry,
        kindLabel: outboxKindLabel(entry.kind),
        created: at(entry.createdAt),
        ...(entry.sentAt ? { sent: at(entry.sentAt) } : {}),
        // For emails that did not simply go out first time.
        attemptsMade:
          entry.status === "failed" || entry.lastError
            ? (await listOutboxAttempts(db, entry.id)).map((attempt) => ({ ...attempt, when: at(attempt.attemptedAt) }))
            : [],
        ...(about ? { about } : {}),
      };
    }),
  );
}

const retryForm = z.object({ outboxId: z.string().min(1).max(100) });

/** Puts a failed email back in line to be sent now; answers with the failed list and what happened. */
export async function retryFailedEmail(context: BookingContext, formData: FormData): Promise<string> {
  const form = retryForm.safeParse({ outboxId: formData.get("outboxId") });
  if (!form.success) return "/admin/outbox?show=failed";
  const outcome = await retryOutboxMessage((await context.storage()).db, form.data.outboxId, context.now());
  return `/admin/outbox?show=failed&${outcome === "queued" ? "done=retried" : `problem=${outcome}`}`;
}

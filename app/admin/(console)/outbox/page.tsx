import type { Metadata } from "next";
import { ActionMessage } from "@/components/admin/action-message";
import { chosenFilter, FilterLinks } from "@/components/admin/filter-links";
import { OutboxList } from "@/components/admin/outbox-list";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getBookingSettings } from "@/lib/content";
import { getStorage } from "@/lib/db";
import type { OutboxStatus } from "@/lib/db/schema";
import { listOutbox, listOutboxAttempts } from "@/lib/email/outbox-admin";
import { senderConfigFromEnv } from "@/lib/email/sender-config";
import { retryEmail } from "./actions";

export const metadata: Metadata = { title: "Outbox" };

const VIEWS: { value: OutboxStatus | "all"; label: string }[] = [
  { value: "all", label: "All" },
  { value: "pending", label: "Pending" },
  { value: "sent", label: "Sent" },
  { value: "failed", label: "Failed" },
  { value: "cancelled", label: "Withdrawn" },
];
const EMPTY: Record<(typeof VIEWS)[number]["value"], string> = {
  all: "No emails yet.",
  pending: "Nothing waiting to be sent.",
  sent: "Nothing sent yet.",
  failed: "No failed emails.",
  cancelled: "No withdrawn emails.",
};
const PROBLEMS: Record<string, string> = {
  "not-failed": "That email has not failed, so there is nothing to retry.",
  "not-found": "That email is no longer in the outbox.",
};

export default async function AdminOutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const query = await searchParams;
  const view = chosenFilter(query.show, VIEWS);
  const { db } = await getStorage();
  const { timeZone } = getBookingSettings();
  const clock = new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" });
  const at = (iso: string) => clock.format(new Date(iso));
  const entries = await listOutbox(db, view === "all" ? {} : { status: view });
  const mailProblem = sendingProblem();
  const withAttempts = await Promise.all(
    entries.map(async (entry) => ({
      ...entry,
      created: at(entry.createdAt),
      ...(entry.sentAt ? { sent: at(entry.sentAt) } : {}),
      // Every try is listed only where it helps: for emails that did not simply go out first time.
      attemptsMade:
        entry.status === "failed" || entry.lastError
          ? (await listOutboxAttempts(db, entry.id)).map((attempt) => ({ ...attempt, when: at(attempt.attemptedAt) }))
          : [],
    })),
  );
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">Outbox</h1>
      <p className="mb-6 text-muted">
        The emails the site sends, newest first, times in {timeZone}. Links that let a founder change their booking are
        left out here.
      </p>
      {mailProblem && (
        <p className="mb-6 rounded-lg border border-rule bg-raised px-4 py-3">
          No email is being sent: {mailProblem}. Emails wait here and go out once it is fixed and the site restarted
          (see docs/email.md).
        </p>
      )}
      <ActionMessage
        done={query.done === "retried" ? "The email is back in line and goes out with the next send." : undefined}
        problem={typeof query.problem === "string" ? PROBLEMS[query.problem] : undefined}
      />
      <FilterLinks label="Which emails" path="/admin/outbox" options={VIEWS} current={view} />
      <OutboxList entries={withAttempts} retry={retryEmail} empty={EMPTY[view]} />
    </>
  );
}

/** Why the site's sender is not sending, in the consultant's words; undefined when it is configured. */
function sendingProblem(): string | undefined {
  try {
    return senderConfigFromEnv().smtpUrl ? undefined : "SMTP_URL is not set";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

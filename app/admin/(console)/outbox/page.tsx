import type { Metadata } from "next";
import { ActionMessage } from "@/components/admin/action-message";
import { chosenFilter, FilterLinks } from "@/components/admin/filter-links";
import { OutboxList } from "@/components/admin/outbox-list";
import { listOutboxEntries, type OutboxStatus } from "@/lib/admin/outbox-view";
import { requireAdmin } from "@/lib/auth/admin-session";
import { senderProblem } from "@/lib/email/sender-config";
import { siteContext } from "@/lib/runtime";
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
  const context = siteContext();
  const entries = await listOutboxEntries(context, view);
  const mailProblem = senderProblem();
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">Outbox</h1>
      <p className="mb-6 text-muted">
        The emails the site sends, newest first, times in {context.settings.timeZone}. Links that let a founder change
        their booking are left out here.
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
      <OutboxList entries={entries} retry={retryEmail} empty={EMPTY[view]} />
    </>
  );
}

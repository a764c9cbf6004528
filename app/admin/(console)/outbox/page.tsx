import type { Metadata } from "next";
import { ActionMessage } from "@/components/admin/action-message";
import { FilterLinks } from "@/components/admin/filter-links";
import { OutboxList } from "@/components/admin/outbox-list";
import { OUTBOX_VIEWS, outboxPageState } from "@/lib/admin/outbox-messages";
import { listOutboxEntries } from "@/lib/admin/outbox-view";
import { requireAdmin } from "@/lib/auth/admin-session";
import { senderProblem } from "@/lib/email/sender-config";
import { siteContext } from "@/lib/runtime";
import { retryEmail } from "./actions";
import { zonePlace } from "@/lib/time/zone-labels";

export const metadata: Metadata = { title: "Outbox" };

export default async function AdminOutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const { view, empty, done, problem } = outboxPageState(await searchParams);
  const context = siteContext();
  const entries = await listOutboxEntries(context, view);
  const mailProblem = senderProblem();
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">Outbox</h1>
      <p className="mb-6 text-muted">
        The emails the site sends, newest first, times in {zonePlace(context.settings.timeZone)}. Links that let a founder change
        their booking are left out here.
      </p>
      {mailProblem && (
        <p className="mb-6 rounded-lg border border-rule bg-raised px-4 py-3">
          No email is being sent: {mailProblem}. Emails wait here and go out once it is fixed and the site restarted
          (see docs/email.md).
        </p>
      )}
      <ActionMessage done={done} problem={problem} />
      <FilterLinks label="Which emails" path="/admin/outbox" options={OUTBOX_VIEWS} current={view} />
      <OutboxList entries={entries} retry={retryEmail} empty={empty} />
    </>
  );
}

import type { Metadata } from "next";
import { ActionMessage } from "@/components/admin/action-message";
import { AdminSection } from "@/components/admin/admin-section";
import { AdminSearchForm } from "@/components/admin/admin-search-form";
import { NoteMailingList } from "@/components/admin/note-mailing-list";
import { SubscriberList } from "@/components/admin/subscriber-list";
import { SUBSCRIBER_STATE_LABELS } from "@/lib/admin/subscriber-states";
import { subscribersPageState } from "@/lib/admin/subscribers-messages";
import { SUBSCRIBERS_PATH, SUBSCRIBERS_SHOWN, subscribersPage } from "@/lib/admin/subscribers-view";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getAllNotes } from "@/lib/content";
import { senderProblem } from "@/lib/email/sender-config";
import { siteContext } from "@/lib/runtime";
import { newsletterSettings } from "@/lib/runtime/newsletter";
import { removeSubscriber, sendTestOfNote } from "./actions";
import { zonePlace } from "@/lib/time/zone-labels";

export const metadata: Metadata = { title: "Subscribers" };

const STATES = ["confirmed", "pending", "unsubscribed"] as const;

export default async function AdminSubscribersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const query = await searchParams;
  const context = siteContext();
  const settings = newsletterSettings();
  const notes = getAllNotes();
  const page = await subscribersPage((await context.storage()).db, notes, { now: context.now(), timeZone: context.settings.timeZone, q: query.q });
  const { done, problem } = subscribersPageState(query, { notes, consultantAddress: settings.consultantAddress, mailProblem: senderProblem() });
  return (
    <div className="space-y-10">
      <header>
        <h1 className="mb-2 text-3xl font-semibold tracking-tight">Subscribers</h1>
        <p className="text-muted">
          Readers who asked for new {settings.seriesName.toLowerCase()} by email. Only the address, its state and its
          dates are kept. Times in {zonePlace(context.settings.timeZone)}.
        </p>
      </header>

      <ActionMessage done={done} problem={problem} />

      <dl className="flex flex-wrap gap-4">
        {STATES.map((state) => (
          <div key={state} className="min-w-40 rounded-lg border border-rule px-4 py-3">
            <dt className="text-[0.95rem] text-muted">{SUBSCRIBER_STATE_LABELS[state]}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{page.counts[state]}</dd>
          </div>
        ))}
      </dl>

      <AdminSection id="addresses" title="Addresses" spacing="space-y-4">
        <p className="flex flex-wrap gap-x-5 gap-y-2">
          {/* A plain link: the browser downloads the file, no client-side navigation. */}
          <a href="/admin/subscribers.csv" className="font-medium text-accent underline-offset-4 hover:underline" download>
            Download CSV
          </a>
          <a href="#note-emails" className="font-medium text-accent underline-offset-4 hover:underline">
            Each note’s emails
          </a>
        </p>
        <AdminSearchForm
          action={SUBSCRIBERS_PATH}
          name="Subscribers"
          id="subscriber-search"
          label="Search by address"
          query={page.query}
          clearHref={SUBSCRIBERS_PATH}
        />
        <SubscriberList items={page.items} remove={removeSubscriber} query={page.query} empty={page.empty} />
        {page.truncated && (
          <p className="text-muted">
            The list shows the newest {SUBSCRIBERS_SHOWN}. Search for an address, or download the CSV for every one.
          </p>
        )}
      </AdminSection>

      <AdminSection id="note-emails" title="Each note’s emails" spacing="space-y-4">
        <p>
          A note goes once to every confirmed subscriber when it goes live. <strong>Send me a test</strong> emails any
          note, a draft too, to {settings.consultantAddress}, marked as a test; subscribers get nothing.
        </p>
        <NoteMailingList notes={page.notes} sendTest={sendTestOfNote} />
      </AdminSection>
    </div>
  );
}

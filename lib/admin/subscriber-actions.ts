import type { Note } from "../content/notes";
import type { Storage } from "../db/connect";
import { deleteSubscriber, findSubscriber } from "../db/subscribers";
import { inWriteTransaction } from "../db/write-transaction";
import { deleteEmailsTo, enqueueEmail } from "../email/outbox";
import { noteEmail } from "../newsletter/note-email";
import { NEWSLETTER_KINDS, READER_KINDS, type NewsletterSettings } from "../newsletter/settings";
import { searchQuery } from "./booking-list";
import { SUBSCRIBERS_PATH } from "./subscribers-view";

// The consultant's commands on the subscribers page. Each answers with the page to show next, whose ?done= and
// ?problem= name fixed sentences (lib/admin/subscribers-messages.ts).

/** What the commands need from the running site. */
export interface SubscriberActionsContext {
  storage: () => Promise<Storage>;
  now: () => Date;
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" && value.length <= 1000 ? value : "";
};

function nextPage(outcome: Record<string, string>, q?: string): string {
  return `${SUBSCRIBERS_PATH}?${new URLSearchParams({ ...outcome, ...(q ? { q } : {}) })}`;
}

/**
 * Removes an address for good: every newsletter email to it (waiting or sent) and the address and its links are
 * deleted, in one transaction. It can subscribe again from the form. The list's search is
 * kept.
 */
export async function removeSubscriberFromAdmin(context: SubscriberActionsContext, formData: FormData): Promise<string> {
  const id = field(formData, "subscriberId");
  const q = searchQuery(field(formData, "q"));
  const now = context.now();
  const removed = await inWriteTransaction(await context.storage(), async (db) => {
    const subscriber = id ? await findSubscriber(db, id) : undefined;
    if (!subscriber) return false;
    // Nothing of the address is kept: its emails go too, whatever became of them.
    await deleteEmailsTo(db, { recipient: subscriber.email, kinds: READER_KINDS });
    return deleteSubscriber(db, subscriber.id);
  });
  return nextPage(removed ? { done: "removed" } : { problem: "not-found" }, q);
}

/**
 * "Send me a test": the note as readers would get it, marked as a test and without an unsubscribe link, to the
 * consultant's own address, now. Any note file will do, a draft or a scheduled one included; readers get nothing.
 */
export async function sendNoteTest(
  context: SubscriberActionsContext,
  notes: readonly Note[],
  settings: NewsletterSettings,
  formData: FormData,
): Promise<string> {
  const note = notes.find((candidate) => candidate.slug === field(formData, "note"));
  if (!note) return nextPage({ problem: "note-not-found" });
  const now = context.now();
  await enqueueEmail(
    (await context.storage()).db,
    { kind: NEWSLETTER_KINDS.test, topic: `note:${note.slug}`, recipient: settings.consultantAddress, ...noteEmail(note, settings, { test: true }), sendAfter: now },
    now,
  );
  return nextPage({ done: "test-queued", note: note.slug });
}

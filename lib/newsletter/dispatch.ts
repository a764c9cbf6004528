import type { Storage } from "../db/connect";
import { readAdminSetting, writeAdminSetting } from "../db/admin-settings";
import { listNewsletterNotes, markNewsletterNoteQueued, recordNewsletterNote } from "../db/newsletter-notes";
import { confirmedSubscribersOwed } from "../db/subscribers";
import { inWriteTransaction } from "../db/write-transaction";
import { cancelPendingEmails, enqueueEmailOnce } from "../email/outbox";
import type { Note } from "../content/notes";
import { listUnsubscribeHeaders, NEWSLETTER_LINK_REDACTION } from "./links";
import { forReader, noteEmail } from "./note-email";
import { NEWSLETTER_KINDS, type NewsletterSettings } from "./settings";
import { newSubscriberKey } from "./subscriptions";

/** Written the first time the newsletter runs: the notes live then are the back catalogue, never mailed. */
const STARTED_KEY = "newsletter-started-at";
/** Readers queued per transaction, so a long list never holds the write lock for long. */
const BATCH = 200;

export interface DispatchReport {
  /** Notes seen live for the first time and sent to the readers of the day. */
  announced: string[];
  /** Emails queued in this pass. */
  queued: number;
  /** Notes taken back (a draft again, dated later, or deleted) whose unsent emails were withdrawn. */
  withdrawn: string[];
}

/**
 * Sends each note once, when it goes live: `live` are the notes readers can open now (published and dated today or
 * before). Safe to run from any number of processes at once, and again after a crash: a note is recorded once, and
 * each reader's email carries the key "newsletter:<note>:<reader>", which the outbox takes once.
 * - The first run records every note already live as the back catalogue, and sends none of them.
 * - A note goes to the readers confirmed when it was first seen live; one who confirmed later never gets it.
 * - A note taken back before its emails all went stops: what is still queued (or failed) is withdrawn. `takenBack`
 *   names the notes this process has that are not live (a draft again, or dated later), with when their file last
 *   changed. Only a change made after the note was first seen live counts: a server still running the previous
 *   content during a deploy, or one whose clock is a little behind, has the note as it was, and withdraws nothing.
 *   A note missing altogether is never taken as withdrawn, for the same reason.
 */
export async function dispatchLiveNotes(
  storage: Storage,
  live: readonly Note[],
  settings: NewsletterSettings,
  now: Date,
  takenBack: ReadonlyMap<string, Date> = new Map(),
): Promise<DispatchReport> {
  const report: DispatchReport = { announced: [], queued: 0, withdrawn: [] };
  const firstRun = await inWriteTransaction(storage, async (db) => {
    if (await readAdminSetting(db, STARTED_KEY)) return false;
    for (const note of live) await recordNewsletterNote(db, { slug: note.slug, state: "back-catalogue", live_at: now.toISOString() });
    await writeAdminSetting(db, STARTED_KEY, now.toISOString(), now);
    return true;
  });
  if (firstRun) return report;

  for (const note of live) {
    if (await recordNewsletterNote(storage.db, { slug: note.slug, state: "sent", live_at: now.toISOString() })) report.announced.push(note.slug);
  }
  const liveSlugs = new Set(live.map((note) => note.slug));
  for (const row of await listNewsletterNotes(storage.db)) {
    if (row.state !== "sent") continue;
    if (!liveSlugs.has(row.slug)) {
      const changedAt = takenBack.get(row.slug);
      if (changedAt && changedAt.getTime() > Date.parse(row.live_at)) {
        const withdrawn = await cancelPendingEmails(storage.db, { topic: `note:${row.slug}`, kind: NEWSLETTER_KINDS.note, alsoFailed: true }, now);
        if (withdrawn) report.withdrawn.push(row.slug);
      }
      continue;
    }
    if (row.queued_at) continue;
    const note = live.find((candidate) => candidate.slug === row.slug)!;
    report.queued += await queueNoteForReaders(storage, note, settings, new Date(row.live_at), now);
    await markNewsletterNoteQueued(storage.db, note.slug, now);
  }
  return report;
}

async function queueNoteForReaders(storage: Storage, note: Note, settings: NewsletterSettings, liveAt: Date, now: Date): Promise<number> {
  const email = noteEmail(note, settings);
  const keyPrefix = `newsletter:${note.slug}:`;
  let queued = 0;
  let afterId = "";
  for (;;) {
    const batch = await inWriteTransaction(storage, async (db) => {
      const readers = await confirmedSubscribersOwed(db, { confirmedBy: liveAt, keyPrefix, afterId, limit: BATCH });
      for (const reader of readers) {
        const leaveToken = await newSubscriberKey(db, reader.id, "leave", now);
        const added = await enqueueEmailOnce(
          db,
          {
            key: keyPrefix + reader.id,
            kind: NEWSLETTER_KINDS.note,
            topic: `note:${note.slug}`,
            recipient: reader.email,
            ...forReader(email, leaveToken),
            sendAfter: now,
            redact: NEWSLETTER_LINK_REDACTION,
            headers: listUnsubscribeHeaders(settings.site.url, leaveToken),
            bulk: true,
          },
          now,
        );
        if (added) queued++;
      }
      return readers;
    });
    if (batch.length < BATCH) return queued;
    afterId = batch[batch.length - 1]!.id;
  }
}

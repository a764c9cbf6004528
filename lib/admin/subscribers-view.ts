import type { Kysely } from "kysely";
import type { Note } from "../content/notes";
import { formatLongDate, formatNoteNumber } from "../content/note-display";
import { selectPublishedNotes } from "../content/publishing";
import { countEmailsByTopicAndStatus, listNewsletterNotes, type NewsletterNoteRow } from "../db/newsletter-notes";
import type { Database, SubscriberStatus } from "../db/schema";
import { countSubscribersByStatus, listSubscribers, type SubscriberRow } from "../db/subscribers";
import { NEWSLETTER_KINDS } from "../newsletter/settings";
import { formatAdminDateTime } from "./admin-dates";
import { searchQuery } from "./booking-list";
import { SUBSCRIBER_STATE_LABELS } from "./subscriber-states";
import { subscribersCsv } from "./subscribers-csv";

// The admin's subscribers page (/admin/subscribers?q=…): how many are where, the addresses with their dates, and each
// note's emails. Framework-free: the page only renders what this returns.

export const SUBSCRIBERS_PATH = "/admin/subscribers";
/** The most addresses the page lists; the CSV has them all, and a search finds any one. */
export const SUBSCRIBERS_SHOWN = 500;

// Fixed sentences: the search is never written into a message, only back into its own field.
const EMPTY = "No one has subscribed yet. The form is at the end of every note, on /notes and on the home page.";
const EMPTY_SEARCH = "No address matches your search.";

/** One address as the list shows it, its dates on the consultant's clock. */
export interface SubscriberItem {
  id: string;
  email: string;
  state: string;
  subscribed: string;
  confirmed?: string;
  unsubscribed?: string;
}

/** How each note's emails to its readers stand. */
export interface NoteEmailCounts {
  sent: number;
  waiting: number;
  failed: number;
  withdrawn: number;
}

/** One note (drafts too) as the page shows it: where it stands for the newsletter, and its emails. */
export interface NoteMailItem {
  slug: string;
  title: string;
  /** "No. 03 · April 9, 2026", with "Draft" for a draft. */
  line: string;
  /** Where it stands: not live yet, back catalogue, or sent when it went live. */
  state: string;
  /** Its emails to readers; undefined for a note that never had any. */
  emails?: NoteEmailCounts;
}

export interface SubscribersPage {
  counts: Record<SubscriberStatus, number>;
  /** The search, to put back into its field; undefined when there is none. */
  query?: string;
  items: SubscriberItem[];
  /** More addresses match than the list shows (SUBSCRIBERS_SHOWN, the newest). */
  truncated: boolean;
  /** What the list says when it is empty. */
  empty: string;
  notes: NoteMailItem[];
}

export function subscriberItem(row: SubscriberRow, timeZone: string): SubscriberItem {
  const at = (iso: string) => formatAdminDateTime(new Date(iso), timeZone);
  return {
    id: row.id,
    email: row.email,
    state: SUBSCRIBER_STATE_LABELS[row.status],
    subscribed: at(row.created_at),
    ...(row.confirmed_at ? { confirmed: at(row.confirmed_at) } : {}),
    ...(row.unsubscribed_at ? { unsubscribed: at(row.unsubscribed_at) } : {}),
  };
}

const byNewest = (a: Note, b: Note) => b.date.localeCompare(a.date) || b.number - a.number;

/** Where a note stands for the newsletter, in one sentence. */
function noteMailState(note: Note, row: NewsletterNoteRow | undefined, live: boolean, timeZone: string): string {
  if (row?.state === "back-catalogue") return "Back catalogue: it was live before the newsletter began, so it is never mailed.";
  if (row?.state === "sent") {
    const when = formatAdminDateTime(new Date(row.live_at), timeZone);
    if (!live) return `Sent when it went live on ${when}; taken back since, so what had not gone was withdrawn.`;
    return row.queued_at ? `Sent when it went live on ${when}.` : `Went live on ${when}; its emails are being queued.`;
  }
  if (note.draft) return "Not live yet: a draft. It goes to every confirmed subscriber when it is published.";
  if (!live) return `Not live yet: scheduled for ${formatLongDate(note.date)}. It goes to every confirmed subscriber that day.`;
  return "Live: it goes to every confirmed subscriber within the hour, once every page lists it.";
}

/** Every note file, drafts and scheduled ones included, newest first, each with where it stands and its emails. */
export async function listNoteMailing(db: Kysely<Database>, notes: readonly Note[], options: { now: Date; timeZone: string }): Promise<NoteMailItem[]> {
  const [rows, counts] = await Promise.all([
    listNewsletterNotes(db),
    countEmailsByTopicAndStatus(db, { kind: NEWSLETTER_KINDS.note, topicPrefix: "note:" }),
  ]);
  const recorded = new Map(rows.map((row) => [row.slug, row]));
  const emails = new Map<string, NoteEmailCounts>();
  for (const { topic, status, count } of counts) {
    const slug = topic.slice("note:".length);
    const tally = emails.get(slug) ?? { sent: 0, waiting: 0, failed: 0, withdrawn: 0 };
    tally[status === "pending" ? "waiting" : status === "cancelled" ? "withdrawn" : status] += count;
    emails.set(slug, tally);
  }
  const live = new Set(selectPublishedNotes(notes, { preview: false, now: options.now }).map((note) => note.slug));
  return [...notes].sort(byNewest).map((note) => {
    const tally = emails.get(note.slug);
    return {
      slug: note.slug,
      title: note.title,
      line: [formatNoteNumber(note.number), formatLongDate(note.date), ...(note.draft ? ["Draft"] : [])].join(" · "),
      state: noteMailState(note, recorded.get(note.slug), live.has(note.slug), options.timeZone),
      ...(tally ? { emails: tally } : {}),
    };
  });
}

/** The page for ?q=: the counts, the addresses that match the search (newest first), and every note's emails. */
export async function subscribersPage(
  db: Kysely<Database>,
  notes: readonly Note[],
  options: { now: Date; timeZone: string; q?: unknown },
): Promise<SubscribersPage> {
  const query = searchQuery(options.q);
  const [counts, rows, noteItems] = await Promise.all([
    countSubscribersByStatus(db),
    listSubscribers(db, { ...(query ? { search: query } : {}), limit: SUBSCRIBERS_SHOWN + 1 }),
    listNoteMailing(db, notes, options),
  ]);
  return {
    counts,
    ...(query ? { query } : {}),
    items: rows.slice(0, SUBSCRIBERS_SHOWN).map((row) => subscriberItem(row, options.timeZone)),
    truncated: rows.length > SUBSCRIBERS_SHOWN,
    empty: query ? EMPTY_SEARCH : EMPTY,
    notes: noteItems,
  };
}

/** Every subscriber as a CSV file, named for the day it was made. */
export async function exportSubscribers(db: Kysely<Database>, now: Date): Promise<{ csv: string; fileName: string }> {
  const rows = await listSubscribers(db, { limit: 1_000_000_000 });
  return { csv: subscribersCsv(rows), fileName: `subscribers-${now.toISOString().slice(0, 10)}.csv` };
}

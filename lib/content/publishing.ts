import type { Note } from "./notes";

export interface PublishingOptions {
  /** While writing (npm run dev), drafts and scheduled notes are shown too; never in a production build. */
  preview: boolean;
  /** A note dated after this instant is scheduled, not yet published. */
  now: Date;
}

/** The one place that decides which notes readers see, and in what order: newest first. */
export function selectPublishedNotes(notes: readonly Note[], { preview, now }: PublishingOptions): Note[] {
  const today = now.toISOString().slice(0, 10);
  return notes
    .filter((note) => preview || (!note.draft && note.date <= today))
    .sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
}

/** Why a note is offered at the end of another: it is the next in the series, it shares a tag, or it is the latest. */
export type ReadNextReason = "next" | "related" | "latest";

/**
 * The one note offered at the end of a note: the next one in the series (the first published after it); for the newest
 * note, the most recent one that shares the most tags with it; failing that, the most recent other note. Only what a
 * reader can open now is offered: never a draft or a scheduled note, not even while previewing.
 */
export function findReadNext(notes: readonly Note[], slug: string, now: Date): { note: Note; reason: ReadNextReason } | undefined {
  const current = notes.find((note) => note.slug === slug);
  if (!current) return undefined;
  const others = selectPublishedNotes(notes, { preview: false, now }).filter((note) => note.slug !== slug);
  // Newest first, so the last of the notes published after this one is the next in the series.
  const next = others.filter((note) => isLater(note, current)).at(-1);
  if (next) return { note: next, reason: "next" };
  const shared = (note: Note) => note.tags.filter((tag) => current.tags.includes(tag)).length;
  const related = others
    .map((note) => ({ note, shared: shared(note) }))
    .filter((entry) => entry.shared > 0)
    // A stable sort keeps the newest first among notes sharing as many tags.
    .sort((a, b) => b.shared - a.shared)[0]?.note;
  if (related) return { note: related, reason: "related" };
  const latest = others[0];
  return latest && { note: latest, reason: "latest" };
}

/** Whether a comes after b in the series: a later date, or the same date and a higher number. */
function isLater(a: Note, b: Note): boolean {
  return a.date > b.date || (a.date === b.date && a.number > b.number);
}

/** Every tag in use, with how many notes carry it, most used first. */
export function countTags(notes: readonly Note[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const note of notes) for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

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

/** The neighbours of a note in a newest-first list. */
export function findAdjacentNotes(notes: readonly Note[], slug: string): { newer?: Note; older?: Note } {
  const index = notes.findIndex((note) => note.slug === slug);
  if (index === -1) return {};
  return { newer: notes[index - 1], older: notes[index + 1] };
}

/** Every tag in use, with how many notes carry it, most used first. */
export function countTags(notes: readonly Note[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const note of notes) for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

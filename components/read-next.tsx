import { Link } from "./site-link";
import type { Note, ReadNextReason } from "@/lib/content";
import { formatLongDate, formatNoteNumber } from "@/lib/content/note-display";

const labels: Record<ReadNextReason, string> = {
  next: "Next note",
  related: "A related note",
  // With no note after this one and none sharing a tag, the latest other note is the one before it.
  latest: "Previous note",
};

/** The one note offered at the end of a note (lib/content's findReadNext picks it). */
export function ReadNext({ note, reason }: { note: Note; reason: ReadNextReason }) {
  return (
    <nav aria-label="Read next" className="mt-16 border-t border-rule pt-8">
      <Link href={`/notes/${note.slug}`} rel={reason === "next" ? "next" : undefined} className="group block" data-testid="read-next">
        <span className="block font-sans text-sm text-muted">
          {labels[reason]} · {formatNoteNumber(note.number)} · <time dateTime={note.date}>{formatLongDate(note.date)}</time>
        </span>
        <span className="mt-1 block text-2xl font-semibold leading-snug tracking-tight group-hover:underline group-hover:underline-offset-4">
          {note.title}
        </span>
        <span className="mt-2 block text-lg leading-relaxed text-muted">{note.summary}</span>
      </Link>
    </nav>
  );
}

import type { Note } from "@/lib/content";
import { formatLongDate, formatSeriesLine } from "@/lib/content/note-display";
import { DraftBadge } from "./draft-badge";
import { TagList } from "./tag-list";

export function NoteHeader({ note }: { note: Note }) {
  return (
    <header className="space-y-5">
      <p className="font-sans text-sm font-medium tracking-wide text-muted" data-testid="series-line">
        {formatSeriesLine(note)}
        {note.draft && <DraftBadge />}
      </p>
      <h1 className="text-4xl font-semibold leading-[1.12] tracking-tight text-balance sm:text-5xl">{note.title}</h1>
      <p className="text-xl leading-relaxed text-muted sm:text-2xl sm:leading-relaxed">{note.summary}</p>
      {note.updated && (
        <p className="font-sans text-sm text-muted">
          Updated <time dateTime={note.updated}>{formatLongDate(note.updated)}</time>
        </p>
      )}
      <TagList tags={note.tags} />
    </header>
  );
}

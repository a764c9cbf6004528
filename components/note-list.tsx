import { Link } from "./site-link";
import type { Note } from "@/lib/content";
import { formatLongDate, formatNoteNumber, formatReadingTime } from "@/lib/content/note-display";
import { DraftBadge } from "./draft-badge";
import { TagList } from "./tag-list";

/** Notes as the index shows them: number, title, date, reading time, summary, tags. */
export function NoteList({ notes, headingLevel = 2 }: { notes: readonly Note[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="divide-y divide-rule border-y border-rule">
      {notes.map((note) => (
        <li key={note.slug} className="py-8">
          <article className="grid gap-2 sm:grid-cols-[5.5rem_1fr] sm:gap-x-6">
            <p className="font-sans text-sm font-medium tracking-wide text-muted sm:pt-1.5">{formatNoteNumber(note.number)}</p>
            <div className="space-y-2">
              <Heading className="text-2xl font-semibold leading-snug tracking-tight">
                <Link href={`/notes/${note.slug}`} className="underline-offset-4 hover:underline">
                  {note.title}
                </Link>
              </Heading>
              <p className="font-sans text-sm text-muted">
                <time dateTime={note.date}>{formatLongDate(note.date)}</time> · {formatReadingTime(note.readingMinutes)}
                {note.draft && <DraftBadge />}
              </p>
              <p className="text-lg leading-relaxed">{note.summary}</p>
              <TagList tags={note.tags} />
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}

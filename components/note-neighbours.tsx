import Link from "next/link";
import type { Note } from "@/lib/content";
import { formatNoteNumber } from "@/lib/content/note-display";

/** Links to the previous (older) and next (newer) notes in the series. */
export function NoteNeighbours({ newer, older }: { newer?: Note; older?: Note }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="More field notes" className="mt-16 grid gap-4 border-t border-rule pt-8 font-sans sm:grid-cols-2">
      {older && <NeighbourLink note={older} label="Previous note" />}
      {newer && <NeighbourLink note={newer} label="Next note" className="sm:col-start-2 sm:text-right" />}
    </nav>
  );
}

function NeighbourLink({ note, label, className = "" }: { note: Note; label: string; className?: string }) {
  return (
    <Link href={`/notes/${note.slug}`} rel={label === "Next note" ? "next" : "prev"} className={`group block ${className}`}>
      <span className="block text-sm text-muted">
        {label} · {formatNoteNumber(note.number)}
      </span>
      <span className="mt-1 block font-serif text-lg font-semibold group-hover:underline">{note.title}</span>
    </Link>
  );
}

import Link from "next/link";
import type { NoteMailItem } from "@/lib/admin/subscribers-view";
import { quietButtonClass } from "./admin-styles";

/** Every note file, newest first: where it stands for the newsletter, its emails, and "Send me a test". */
export function NoteMailingList({ notes, sendTest }: { notes: NoteMailItem[]; sendTest: (formData: FormData) => Promise<void> }) {
  if (notes.length === 0) {
    return (
      <p className="text-muted">
        No notes yet. <code>npm run note:new</code> starts one.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {notes.map((note) => (
        <li key={note.slug} className="flex flex-wrap items-start justify-between gap-4 py-4">
          <div className="min-w-0 space-y-1">
            <p className="text-[0.95rem] text-muted">{note.line}</p>
            <p className="font-semibold break-words">{note.title}</p>
            <p className="text-[0.95rem]">{note.state}</p>
            {note.emails && (
              <p className="text-[0.95rem] tabular-nums">
                {note.emails.sent} sent · {note.emails.waiting} waiting · {note.emails.failed} failed · {note.emails.withdrawn} withdrawn
                {note.emails.failed > 0 && (
                  <>
                    {" · "}
                    <Link href="/admin/outbox?show=failed" className="text-accent underline">
                      see the failed ones in the outbox
                    </Link>
                  </>
                )}
              </p>
            )}
          </div>
          <form action={sendTest}>
            <input type="hidden" name="note" value={note.slug} />
            <button type="submit" className={quietButtonClass}>
              Send me a test<span className="sr-only"> of “{note.title}”</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}

import { NoteList } from "@/components/note-list";
import { NotesSeries } from "@/components/notes-series";
import { SubscribeBox } from "@/components/newsletter/subscribe-box";
import { PageIntro } from "@/components/page-intro";
import { getPublishedNotes } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { getSite } from "@/lib/site";
import { subscribeInPlace } from "@/app/(site)/subscribe/actions";

export function generateMetadata() {
  return pageMetadata({ title: "Field notes", description: getSite().notesIntro, path: "/notes", image: "/opengraph-image" });
}

export default function NotesPage() {
  const notes = getPublishedNotes();
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow="Writing" title="Field notes" intro={getSite().notesIntro} />
      {notes.length ? <NoteList notes={notes} /> : <p className="text-lg text-muted">The first note is on its way.</p>}
      <NotesSeries />
      <SubscribeBox action={subscribeInPlace} />
    </div>
  );
}

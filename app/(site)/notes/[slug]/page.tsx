import { notFound } from "next/navigation";
import { ArticleJsonLd } from "@/components/article-json-ld";
import { NoteCallToAction } from "@/components/note-call-to-action";
import { NoteHeader } from "@/components/note-header";
import { AuthorBox } from "@/components/author-box";
import { ReadNext } from "@/components/read-next";
import { SubscribeForm } from "@/components/newsletter/subscribe-form";
import { hasTableOfContents, TableOfContents } from "@/components/table-of-contents";
import { getPublishedNote, getPublishedNotes, getReadNext, noteSections } from "@/lib/content";
import { notFoundMetadata, pageMetadata } from "@/lib/page-metadata";
import { subscribeAndShow } from "@/app/(site)/subscribe/actions";

interface NotePageProps {
  params: Promise<{ slug: string }>;
}

// Every published note is built ahead of time. A scheduled note is rendered on its first visit after its date
// (the site layout revalidates hourly); any other slug is a real 404.

export function generateStaticParams() {
  return getPublishedNotes().map((note) => ({ slug: note.slug }));
}

export async function generateMetadata({ params }: NotePageProps) {
  const note = getPublishedNote((await params).slug);
  if (!note) return notFoundMetadata;
  return pageMetadata({
    title: note.title,
    description: note.summary,
    path: `/notes/${note.slug}`,
    article: { publishedTime: note.date, modifiedTime: note.updated, tags: note.tags },
  });
}

export default async function NotePage({ params }: NotePageProps) {
  const { slug } = await params;
  const note = getPublishedNote(slug);
  if (!note) notFound();
  const { default: Body } = await import(`@content/notes/${note.fileName}.mdx`);
  const sections = noteSections(note);
  const readNext = getReadNext(note.slug);
  // With a contents list, a wide screen gives it a column of its own beside the text (.note-layout in globals.css).
  // Its edges line up with the header's and the footer's (max-w-5xl).
  const layout = hasTableOfContents(sections) ? "note-layout xl:max-w-5xl" : "";
  return (
    <article className={`mx-auto max-w-[42rem] px-5 py-14 sm:px-8 sm:py-20 ${layout}`}>
      <ArticleJsonLd note={note} />
      <NoteHeader note={note} />
      <TableOfContents sections={sections} />
      <div className="prose mt-12">
        <Body />
      </div>
      {readNext && <ReadNext {...readNext} />}
      <AuthorBox />
      <NoteCallToAction />
      <SubscribeForm action={subscribeAndShow} />
    </article>
  );
}

import { notFound } from "next/navigation";
import { Link } from "@/components/site-link";
import { NoteList } from "@/components/note-list";
import { NotesSeries } from "@/components/notes-series";
import { SubscribeBox } from "@/components/newsletter/subscribe-box";
import { PageIntro } from "@/components/page-intro";
import { countTags, getPublishedNotes } from "@/lib/content";
import { notFoundMetadata, pageMetadata } from "@/lib/page-metadata";
import { subscribeInPlace } from "@/app/(site)/subscribe/actions";

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export function generateStaticParams() {
  return countTags(getPublishedNotes()).map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: TagPageProps) {
  const { tag } = await params;
  if (!getPublishedNotes().some((note) => note.tags.includes(tag))) return notFoundMetadata;
  return pageMetadata({
    title: `Notes tagged “${tag}”`,
    description: `Field notes about ${tag.replace(/-/g, " ")}.`,
    path: `/notes/tags/${tag}`,
    image: "/opengraph-image",
  });
}

export default async function TagPage({ params }: TagPageProps) {
  const { tag } = await params;
  const notes = getPublishedNotes().filter((note) => note.tags.includes(tag));
  if (!notes.length) notFound();
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      {/* A short tag and its quotes stay on one line (a phone never breaks "ai-operations" at its hyphen); a long one
          may wrap rather than run off a 390 px screen. */}
      <PageIntro eyebrow="Field notes" title={<>Tagged <span className={tag.length <= 18 ? "whitespace-nowrap" : ""}>“{tag}”</span></>} />
      <NoteList notes={notes} />
      <NotesSeries />
      <SubscribeBox action={subscribeInPlace} />
      <p className="mt-8 font-sans">
        <Link href="/notes" className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
          All field notes
        </Link>
      </p>
    </div>
  );
}

import Link from "next/link";
import { ButtonLink } from "@/components/button-link";
import { NoteList } from "@/components/note-list";
import { getPublishedNotes } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { getSite } from "@/lib/site";

export function generateMetadata() {
  const site = getSite();
  return { ...pageMetadata({ title: site.siteName, description: site.description, path: "/" }), title: { absolute: site.siteName } };
}

export default function HomePage() {
  const site = getSite();
  const latest = getPublishedNotes().slice(0, 3);
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-24">
      <section aria-labelledby="intro" className="space-y-6">
        <p className="font-sans text-sm font-medium uppercase tracking-[0.14em] text-muted">{site.role}</p>
        <h1 id="intro" className="text-4xl font-semibold leading-[1.1] tracking-tight text-balance sm:text-6xl">
          {site.tagline}
        </h1>
        <p className="max-w-prose text-xl leading-relaxed text-muted">{site.description}</p>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-4 pt-2">
          <ButtonLink href="/book">Start a conversation</ButtonLink>
          <Link href="/notes" className="font-sans text-accent underline underline-offset-4">
            Read the field notes
          </Link>
        </div>
      </section>
      {latest.length > 0 && (
        <section aria-labelledby="latest" className="mt-24">
          <h2 id="latest" className="mb-6 font-sans text-sm font-medium uppercase tracking-[0.14em] text-muted">
            Latest field notes
          </h2>
          <NoteList notes={latest} headingLevel={3} />
        </section>
      )}
    </div>
  );
}

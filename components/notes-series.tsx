import { getSite } from "@/lib/site";

/** What the Field notes series is and how to follow it (site.yaml's notesSeries), under a list of notes. */
export function NotesSeries() {
  const { notesSeries } = getSite();
  if (!notesSeries) return null;
  return (
    <aside aria-label="About the series" className="mt-12 rounded-2xl border border-rule bg-raised px-6 py-6 sm:px-8" data-testid="notes-series">
      <p className="text-lg leading-relaxed">{notesSeries.about}</p>
      <a
        href="/feed.xml"
        type="application/rss+xml"
        className="mt-2 inline-flex min-h-11 items-center font-sans text-accent underline underline-offset-4"
      >
        {notesSeries.follow}
      </a>
    </aside>
  );
}

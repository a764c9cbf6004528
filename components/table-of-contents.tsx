import type { NoteSection } from "@/lib/content/note-body";

/** The note's sections, for notes long enough to need them (three or more). */
export function TableOfContents({ sections }: { sections: readonly NoteSection[] }) {
  if (sections.length < 3) return null;
  return (
    <nav aria-labelledby="toc-heading" className="mt-10 border-y border-rule py-6 font-sans">
      <h2 id="toc-heading" className="text-sm font-medium uppercase tracking-[0.14em] text-muted">
        In this note
      </h2>
      <ol className="mt-3 grid list-decimal gap-1.5 pl-5 text-[0.95rem] marker:text-muted">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="underline-offset-4 hover:underline">
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

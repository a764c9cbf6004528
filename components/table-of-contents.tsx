import type { NoteSection } from "@/lib/content/note-body";

/** Whether a note is long enough (three or more sections) to get the contents list. */
export function hasTableOfContents(sections: readonly NoteSection[]): boolean {
  return sections.length >= 3;
}

/**
 * The note's sections, for notes long enough to need them. On a wide screen the list stays in view beside the text
 * and marks the section being read, in CSS only (`.note-contents` in globals.css: scroll-target-group and
 * :target-current where the browser has them, the clicked section through :target elsewhere).
 */
export function TableOfContents({ sections }: { sections: readonly NoteSection[] }) {
  if (!hasTableOfContents(sections)) return null;
  return (
    <nav aria-labelledby="toc-heading" className="note-contents mt-10 border-y border-rule py-6 font-sans">
      <h2 id="toc-heading" className="text-sm font-medium uppercase tracking-[0.14em] text-muted">
        In this note
      </h2>
      <ol className="mt-3 grid list-decimal gap-0.5 pl-5 text-[0.95rem] marker:text-muted">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="block py-1 underline-offset-4 hover:underline">
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { Link } from "./site-link";
import { getSite } from "@/lib/site";

/** Who wrote the note: the consultant's name, role and one line from site.yaml, and the way to the About page. */
export function AuthorBox() {
  const { name, role, noteAuthor } = getSite();
  if (!noteAuthor) return null;
  return (
    <aside aria-label="About the author" className="mt-12 border-l-4 border-accent pl-5 sm:pl-6">
      <p className="text-xl font-semibold tracking-tight">{name}</p>
      <p className="font-sans text-sm font-medium tracking-wide text-muted">{role}</p>
      <p className="mt-2 text-lg leading-relaxed">{noteAuthor.line}</p>
      <Link href="/about" className="mt-1 inline-flex min-h-11 items-center font-sans text-accent underline underline-offset-4">
        {noteAuthor.link}
      </Link>
    </aside>
  );
}

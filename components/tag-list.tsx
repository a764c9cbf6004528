import { Link } from "./site-link";

export function TagList({ tags }: { tags: readonly string[] }) {
  if (!tags.length) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-2 font-sans text-sm">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/notes/tags/${tag}`}
            className="inline-block rounded-full border border-rule px-3 py-1 text-muted hover:border-current hover:text-ink"
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

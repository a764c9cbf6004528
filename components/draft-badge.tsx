/** Marks a note only its author can see (drafts appear in `npm run dev`, never in a production build). */
export function DraftBadge() {
  return (
    <span className="ml-2 rounded border border-current px-1.5 py-0.5 font-sans text-xs font-semibold uppercase tracking-wider text-muted">
      Draft
    </span>
  );
}

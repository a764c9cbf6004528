import type { SetupItem } from "@/lib/admin/setup-checklist";

/** On every admin page until nothing is left: what still has to be set before the site is the consultant's own. */
export function SetupChecklist({ items }: { items: SetupItem[] }) {
  if (items.length === 0) return null;
  return (
    <details className="mb-8 rounded-lg border border-rule bg-raised px-4 py-3">
      <summary className="cursor-pointer font-medium">
        Before you go live: {items.length} {items.length === 1 ? "thing" : "things"} still to set
      </summary>
      <ul className="mt-3 space-y-2 text-[0.95rem]">
        {items.map((item) => (
          <li key={`${item.where}-${item.what}`} className="break-words">
            {item.what} <span className="text-muted">({item.where})</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-[0.95rem] text-muted">
        In a content file, set the value and delete its “# placeholder” note; <code>npm run content:check</code> lists
        what is left. This list goes away once nothing is.
      </p>
    </details>
  );
}

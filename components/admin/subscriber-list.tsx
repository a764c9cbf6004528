import type { SubscriberItem } from "@/lib/admin/subscribers-view";
import { quietButtonClass } from "./admin-styles";

/**
 * The addresses, newest first: where each stands, its dates, and a way to remove it, behind a second, plainly worded
 * button so one click never deletes anyone.
 */
export function SubscriberList({
  items,
  remove,
  query,
  empty,
}: {
  items: SubscriberItem[];
  remove: (formData: FormData) => Promise<void>;
  query?: string;
  empty: string;
}) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
          <div className="min-w-0 space-y-1">
            <p className="font-semibold break-all">{item.email}</p>
            <p className="text-[0.95rem]">{item.state}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-[0.95rem] text-muted">
              <dt>Subscribed</dt>
              <dd>{item.subscribed}</dd>
              {item.confirmed && (
                <>
                  <dt>Confirmed</dt>
                  <dd>{item.confirmed}</dd>
                </>
              )}
              {item.unsubscribed && (
                <>
                  <dt>Unsubscribed</dt>
                  <dd>{item.unsubscribed}</dd>
                </>
              )}
            </dl>
          </div>
          <details className="max-w-sm">
            <summary className={`${quietButtonClass} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
              Remove<span className="sr-only"> {item.email}</span>
            </summary>
            <form action={remove} className="mt-3 space-y-3">
              <input type="hidden" name="subscriberId" value={item.id} />
              {query && <input type="hidden" name="q" value={query} />}
              <p className="text-[0.95rem] break-words">
                This deletes {item.email} and its links, and withdraws every email still waiting for it. It gets nothing
                more, and can subscribe again from the form.
              </p>
              <button type="submit" className={quietButtonClass}>
                Yes, remove<span className="sr-only"> {item.email}</span>
              </button>
            </form>
          </details>
        </li>
      ))}
    </ul>
  );
}

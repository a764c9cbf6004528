import Link from "next/link";
import type { BookingListItem } from "@/lib/admin/booking-list";

/**
 * Bookings, one a row: when (in the consultant's zone, "Today" or "Tomorrow" marked, and on the founder's clock), who,
 * a line of what they wrote, the signals they ticked, where they came from, and where each stands. Every value is
 * shown as text.
 */
export function BookingList({ items, empty }: { items: BookingListItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {items.map((item) => (
        <li key={item.id} className="grid gap-1 py-4 sm:grid-cols-[16rem_1fr_auto] sm:gap-4">
          <div className="text-[0.95rem]">
            {item.day && <p className="font-semibold">{item.day}</p>}
            <p className="text-muted">{item.when}</p>
            {item.theirTime && <p className="text-muted">{item.theirTime}</p>}
          </div>
          <div className="min-w-0 space-y-1 break-words">
            <p>
              <Link href={`/admin/bookings/${item.id}`} className="inline-block py-0.5 font-semibold text-accent underline-offset-4 hover:underline">
                {item.name}
              </Link>
              {item.company && <span className="text-muted"> · {item.company}</span>}
            </p>
            <p className="text-[0.95rem] text-muted">{item.email}</p>
            {item.engagement && <p className="text-[0.95rem] text-muted">{item.engagement}</p>}
            {item.preview && <p className="text-[0.95rem]">“{item.preview}”</p>}
            {item.signals.length > 0 && (
              <p className="text-[0.95rem] text-muted">
                <span className="font-medium">Ticked:</span> {item.signals.join(" · ")}
              </p>
            )}
            {item.source && (
              <p className="text-[0.95rem] text-muted">
                <span className="font-medium">Came from:</span> <code>{item.source}</code>
              </p>
            )}
          </div>
          <p className="text-[0.95rem]">{item.status}</p>
        </li>
      ))}
    </ul>
  );
}

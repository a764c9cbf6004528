import Link from "next/link";
import type { BookingListView } from "@/lib/db/bookings";

export interface BookingListItem {
  id: string;
  when: string;
  name: string;
  company?: string;
  engagement?: string;
  status: string;
}

const views: { view: BookingListView; label: string }[] = [
  { view: "upcoming", label: "Upcoming" },
  { view: "past", label: "Past" },
  { view: "cancelled", label: "Cancelled" },
];

export function BookingListFilters({ current }: { current: BookingListView }) {
  return (
    <nav aria-label="Which bookings" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {views.map(({ view, label }) => (
          <li key={view}>
            <Link
              href={`/admin?show=${view}`}
              aria-current={view === current ? "page" : undefined}
              className="inline-block rounded-full border border-rule px-4 py-1.5 text-[0.95rem] aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink"
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Bookings, one a row: when (in the consultant's zone), who, what about, and where each stands. */
export function BookingList({ items, empty }: { items: BookingListItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {items.map((item) => (
        <li key={item.id} className="grid gap-1 py-4 sm:grid-cols-[16rem_1fr_auto] sm:gap-4">
          <p className="text-[0.95rem] text-muted">{item.when}</p>
          <div>
            <Link href={`/admin/bookings/${item.id}`} className="font-semibold text-accent underline-offset-4 hover:underline">
              {item.name}
            </Link>
            {item.company && <span className="text-muted"> · {item.company}</span>}
            {item.engagement && <p className="text-[0.95rem] text-muted">{item.engagement}</p>}
          </div>
          <p className="text-[0.95rem]">{item.status}</p>
        </li>
      ))}
    </ul>
  );
}

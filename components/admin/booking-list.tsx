import Link from "next/link";
import type { BookingListItem } from "@/lib/admin/booking-views";

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

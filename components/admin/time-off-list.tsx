import Link from "next/link";
import type { TimeOffItem } from "@/lib/admin/time-off";
import { quietButtonClass } from "./admin-styles";

/** The calls booked inside a block, each linked to its page, where it can be moved or cancelled. */
export function CallsInside({ item }: { item: TimeOffItem }) {
  return (
    <>
      <p>{item.callsInside}</p>
      {item.bookings.length > 0 && (
        <ul className="list-disc space-y-1 pl-6">
          {item.bookings.map((booking) => (
            <li key={booking.id}>
              <Link href={booking.href} className="text-accent underline">
                {booking.name}
              </Link>
              <span className="text-muted">, {booking.when}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Time off under way or to come, earliest first: when, the note, the calls inside, and a way to remove it. */
export function TimeOffList({ items, remove }: { items: TimeOffItem[]; remove: (formData: FormData) => Promise<void> }) {
  if (items.length === 0) return <p className="text-muted">No time off blocked. Founders can book every time your weekly hours offer.</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
          <div className="min-w-0 space-y-2">
            <p className="font-semibold">{item.when}</p>
            {item.note && <p className="break-words">{item.note}</p>}
            <div className="space-y-1 text-[0.95rem]">
              <CallsInside item={item} />
            </div>
          </div>
          <form action={remove}>
            <input type="hidden" name="timeOffId" value={item.id} />
            <button type="submit" className={quietButtonClass}>
              Remove<span className="sr-only"> the time off: {item.when}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}

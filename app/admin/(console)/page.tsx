import type { Metadata } from "next";
import { BookingList } from "@/components/admin/booking-list";
import { FilterLinks } from "@/components/admin/filter-links";
import { listBookingItems, type BookingListView } from "@/lib/admin/booking-views";
import { requireAdmin } from "@/lib/auth/admin-session";
import { chooseOption } from "@/lib/lookup";
import { siteContext } from "@/lib/runtime";

export const metadata: Metadata = { title: "Bookings" };

const EMPTY: Record<BookingListView, string> = {
  upcoming: "No calls booked yet.",
  past: "No calls have happened yet.",
  cancelled: "Nothing has been cancelled.",
};

const VIEWS: { value: BookingListView; label: string }[] = [
  { value: "upcoming", label: "Upcoming" },
  { value: "past", label: "Past" },
  { value: "cancelled", label: "Cancelled" },
];

export default async function AdminBookingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const view = chooseOption((await searchParams).show, VIEWS);
  const context = siteContext();
  const items = await listBookingItems(context, view);
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">Bookings</h1>
      <p className="mb-6 text-muted">Times in {context.settings.timeZone}.</p>
      <FilterLinks label="Which bookings" path="/admin" options={VIEWS} current={view} />
      <BookingList items={items} empty={EMPTY[view]} />
    </>
  );
}

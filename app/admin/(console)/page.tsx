import type { Metadata } from "next";
import { BookingList } from "@/components/admin/booking-list";
import { chosenFilter, FilterLinks } from "@/components/admin/filter-links";
import { bookingAnswers, bookingStatusLabel } from "@/lib/admin/booking-details";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getBookingSettings } from "@/lib/content";
import { formatSlot } from "@/lib/booking/slot-display";
import { listBookings, type BookingListView } from "@/lib/db/bookings";
import { getStorage } from "@/lib/db";

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
  const view = chosenFilter((await searchParams).show, VIEWS);
  const settings = getBookingSettings();
  const rows = await listBookings((await getStorage()).db, view, new Date());
  const items = rows.map((row) => {
    const { engagement } = bookingAnswers(row, settings.form);
    const slot = { start: new Date(row.start_at), end: new Date(row.end_at) };
    return {
      id: row.id,
      when: formatSlot(slot, settings.timeZone),
      name: row.name,
      ...(row.company ? { company: row.company } : {}),
      ...(engagement ? { engagement } : {}),
      status: bookingStatusLabel(row),
    };
  });
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">Bookings</h1>
      <p className="mb-6 text-muted">Times in {settings.timeZone}.</p>
      <FilterLinks label="Which bookings" path="/admin" options={VIEWS} current={view} />
      <BookingList items={items} empty={EMPTY[view]} />
    </>
  );
}

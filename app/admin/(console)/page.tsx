import type { Metadata } from "next";
import { AdminSearchForm } from "@/components/admin/admin-search-form";
import { BookingList } from "@/components/admin/booking-list";
import { FilterLinks } from "@/components/admin/filter-links";
import { listBookingPage } from "@/lib/admin/booking-list";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";
import { zonePlace } from "@/lib/time/zone-labels";

export const metadata: Metadata = { title: "Bookings" };

export default async function AdminBookingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const params = await searchParams;
  const context = siteContext();
  const page = await listBookingPage(context, { show: params.show, q: params.q });
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">Bookings</h1>
      <p className="mb-6 text-muted">Times in {zonePlace(context.settings.timeZone)}.</p>
      <AdminSearchForm
        action="/admin"
        name="Bookings"
        id="booking-search"
        label="Search by name, email or company"
        query={page.query}
        clearHref={`/admin?show=${page.view}`}
        keep={{ show: page.view }}
        className="mb-6"
      />
      <FilterLinks label="Which bookings" path="/admin" options={page.tabs} current={page.view} keep={page.query ? { q: page.query } : {}} />
      <BookingList items={page.items} empty={page.empty} />
    </>
  );
}

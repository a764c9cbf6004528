import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass, inputClass } from "@/components/admin/admin-styles";
import { BookingList } from "@/components/admin/booking-list";
import { FilterLinks } from "@/components/admin/filter-links";
import { listBookingPage, SEARCH_MAX_LENGTH } from "@/lib/admin/booking-list";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";

export const metadata: Metadata = { title: "Bookings" };

export default async function AdminBookingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const params = await searchParams;
  const context = siteContext();
  const page = await listBookingPage(context, { show: params.show, q: params.q });
  return (
    <>
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">Bookings</h1>
      <p className="mb-6 text-muted">Times in {context.settings.timeZone}.</p>
      {/* A plain GET form: it works without JavaScript, and the search stays in the address with the tab. */}
      <form method="get" action="/admin" role="search" aria-label="Bookings" className="mb-6 max-w-xl">
        <input type="hidden" name="show" value={page.view} />
        <label htmlFor="booking-search" className="block font-medium">
          Search by name, email or company
        </label>
        <div className="flex flex-wrap items-end gap-3">
          <input
            // A new search (or none, after "Clear the search") gives a fresh field with its value.
            key={page.query ?? ""}
            id="booking-search"
            name="q"
            type="search"
            defaultValue={page.query ?? ""}
            maxLength={SEARCH_MAX_LENGTH}
            autoComplete="off"
            className={`${inputClass} min-w-0 flex-1 basis-64`}
          />
          <button type="submit" className={buttonClass}>
            Search
          </button>
          {page.query && (
            <Link href={`/admin?show=${page.view}`} className="py-2 text-accent underline underline-offset-4">
              Clear the search
            </Link>
          )}
        </div>
      </form>
      <FilterLinks label="Which bookings" path="/admin" options={page.tabs} current={page.view} keep={page.query ? { q: page.query } : {}} />
      <BookingList items={page.items} empty={page.empty} />
    </>
  );
}

import { bookingsCsv } from "@/lib/admin/bookings-csv";
import { refuseWithoutAdmin } from "@/lib/auth/admin-session";
import { getBookingSettings } from "@/lib/content";
import { listAllBookings } from "@/lib/db/bookings";
import { getStorage } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Every booking as a CSV file, for the signed-in consultant only. */
export async function GET() {
  const refusal = await refuseWithoutAdmin();
  if (refusal) return refusal;
  const now = new Date();
  const csv = bookingsCsv(await listAllBookings((await getStorage()).db, now), getBookingSettings());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="bookings-${now.toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

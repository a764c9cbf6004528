import { exportBookings } from "@/lib/admin/booking-views";
import { refuseWithoutAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";

export const dynamic = "force-dynamic";

/** Every booking as a CSV file, for the signed-in consultant only. */
export async function GET() {
  const refusal = await refuseWithoutAdmin();
  if (refusal) return refusal;
  const { csv, fileName } = await exportBookings(siteContext());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

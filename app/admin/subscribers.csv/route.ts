import { exportSubscribers } from "@/lib/admin/subscribers-view";
import { refuseWithoutAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";

export const dynamic = "force-dynamic";

/** Every subscriber as a CSV file, for the signed-in consultant only. */
export async function GET() {
  const refusal = await refuseWithoutAdmin();
  if (refusal) return refusal;
  const context = siteContext();
  const { csv, fileName } = await exportSubscribers((await context.storage()).db, context.now());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

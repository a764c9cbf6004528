import { bookingInvite } from "@/lib/booking/booking-invite";
import { findManageableBooking } from "@/lib/booking/lifecycle";
import { manageUrl } from "@/lib/booking/manage-token";
import { siteContext } from "@/lib/runtime";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const context = siteContext();
  const now = context.now();
  const booking = await findManageableBooking(await context.storage(), token, now);
  if (!booking) return new Response("This link does not open a booking.", { status: 404, headers: { "Cache-Control": "no-store" } });
  // The token has just opened a live booking: it is the founder's own, and goes into their copy's description.
  return new Response(bookingInvite(booking, context.mail, "PUBLISH", now, { manageUrl: manageUrl(context.mail.site.url, token) }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="intro-call.ics"',
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}

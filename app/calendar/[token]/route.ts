import { bookingsFeed, CALENDAR_GENERATION_KEY, FEED_HISTORY_MS, isCalendarFeedToken } from "@/lib/admin/calendar-feed";
import { adminConfig } from "@/lib/auth/admin-session";
import { getBookingSettings } from "@/lib/content";
import { readAdminSetting } from "@/lib/db/admin-settings";
import { listLiveBookingsEndingAfter } from "@/lib/db/bookings";
import { getStorage } from "@/lib/db";
import { getSite } from "@/lib/site";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** The consultant's private calendar subscription: /calendar/<token>.ics, the token shown in the admin. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const config = adminConfig();
  if (!config.configured || !token.endsWith(".ics")) return notFound();
  const storage = await getStorage();
  const generation = await readAdminSetting(storage.db, CALENDAR_GENERATION_KEY);
  if (!generation || !isCalendarFeedToken(token.slice(0, -".ics".length), config.sessionSecret, generation)) return notFound();

  const rows = await listLiveBookingsEndingAfter(storage.db, new Date(Date.now() - FEED_HISTORY_MS));
  const site = getSite();
  return new Response(bookingsFeed(rows, getBookingSettings(), { url: site.url, name: site.name }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}

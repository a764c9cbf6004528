import { buildIcs } from "@/lib/booking/ics";
import { getBookingSettings } from "@/lib/booking/settings";
import { findBookingById } from "@/lib/db/bookings";
import { getStorage } from "@/lib/db";
import { getSite } from "@/lib/site";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const booking = await findBookingById((await getStorage()).db, id);
  if (!booking || booking.status === "cancelled") return new Response("No such booking", { status: 404 });
  const settings = getBookingSettings();
  const site = getSite();
  const ics = buildIcs({
    uid: `${booking.id}@${new URL(site.url).host}`,
    start: new Date(booking.start_at),
    end: new Date(booking.end_at),
    title: `Intro call with ${site.name} (${site.role})`,
    description: `A free 30-minute intro on video.\nJoin: ${settings.meetingLink}`,
    url: settings.meetingLink,
    createdAt: new Date(booking.created_at),
  });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="intro-call.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}

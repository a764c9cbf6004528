import { readCalendarFeed } from "@/lib/admin/calendar-subscription";
import { adminConfig } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** The consultant's private calendar subscription: /calendar/<token>.ics, the token shown in the admin. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const config = adminConfig();
  if (!config.configured) return notFound();
  const feed = await readCalendarFeed(siteContext(), config.sessionSecret, token);
  if (feed === undefined) return notFound();
  return new Response(feed, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}

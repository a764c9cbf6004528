import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionMessage } from "@/components/admin/action-message";
import { quietButtonClass } from "@/components/admin/admin-styles";
import { calendarFeedPath } from "@/lib/admin/calendar-subscription";
import { adminConfig, LOGIN_PATH, requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";
import { absoluteUrl, getSite } from "@/lib/site";
import { rotateCalendarFeed } from "./actions";

export const metadata: Metadata = { title: "Calendar feed" };

export default async function AdminCalendarPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  await requireAdmin();
  const config = adminConfig();
  if (!config.configured) redirect(LOGIN_PATH);
  const feedUrl = absoluteUrl(getSite(), await calendarFeedPath(siteContext(), config.sessionSecret));
  const { done } = await searchParams;
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">Calendar feed</h1>
      <ActionMessage done={done === "rotated" ? "The feed has a new address. The old one no longer works." : undefined} />
      <p>
        Subscribe to this address in your calendar app (“add calendar from URL” or “subscribe”) and every booked call
        appears there, with what the founder wrote. Cancelled calls drop out at the next refresh.
      </p>
      <div>
        <label htmlFor="feed-url" className="block font-medium">
          Subscription address
        </label>
        <input id="feed-url" readOnly value={feedUrl} className="mt-2 block w-full rounded-lg border border-rule bg-raised px-3 py-2 font-mono text-sm" />
      </div>
      <p className="text-muted">
        Anyone with this address can read your bookings. If it may have leaked, give the feed a new address, then
        subscribe again with the new one.
      </p>
      <form action={rotateCalendarFeed}>
        <button type="submit" className={quietButtonClass}>
          Give the feed a new address
        </button>
      </form>
    </div>
  );
}

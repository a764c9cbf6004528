import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionMessage } from "@/components/admin/action-message";
import { quietButtonClass } from "@/components/admin/admin-styles";
import { CopyButton } from "@/components/admin/copy-button";
import { calendarFeedPath } from "@/lib/admin/calendar-subscription";
import { feedSubscribeLinks } from "@/lib/admin/feed-links";
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
  const subscribe = feedSubscribeLinks(feedUrl);
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
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <input id="feed-url" readOnly value={feedUrl} className="block min-w-0 flex-1 basis-80 rounded-lg border border-rule bg-raised px-3 py-2 font-mono text-sm" />
          <CopyButton key={feedUrl} targetId="feed-url" text={feedUrl} />
        </div>
      </div>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={subscribe.google} className="inline-block py-1 text-accent underline underline-offset-4">
            Subscribe in Google Calendar
          </a>
        </li>
        <li>
          <a href={subscribe.apple} className="inline-block py-1 text-accent underline underline-offset-4">
            Subscribe in Apple Calendar
          </a>
        </li>
      </ul>
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

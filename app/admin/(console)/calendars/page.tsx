import type { Metadata } from "next";
import Link from "next/link";
import { ActionMessage } from "@/components/admin/action-message";
import { CalendarList } from "@/components/admin/calendar-list";
import { calendarsPageState } from "@/lib/admin/calendars-messages";
import { listCalendarStates } from "@/lib/admin/calendars-view";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";
import { siteCalendarSources } from "@/lib/runtime/calendars";
import { fetchCalendarNow } from "./actions";
import { zonePlace } from "@/lib/time/zone-labels";

export const metadata: Metadata = { title: "Calendars" };

export default async function AdminCalendarsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const context = siteContext();
  const { calendars, timeZone } = context.settings;
  const sources = siteCalendarSources();
  const states = await listCalendarStates(await context.storage(), calendars, sources, context.now());
  const { done, problem } = calendarsPageState(await searchParams, sources);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">Calendars</h1>
      <p className="max-w-prose text-muted">
        Times that are busy in these calendars are not offered on the booking page. Each is read every{" "}
        {calendars.refreshMinutes} minutes; times here are in {zonePlace(timeZone)}. If one cannot be read for{" "}
        {calendars.staleAfterMinutes} minutes,{" "}
        {calendars.whenStale === "stop-offering" ? "no times are offered until it answers" : "times are offered from its last copy"}.
      </p>
      <ActionMessage done={done} problem={problem} />
      <CalendarList states={states} timeZone={timeZone} fetchNow={fetchCalendarNow} />
      <p className="max-w-prose text-muted">
        Calendars are listed under <code>calendars:</code> in <code>content/booking.yaml</code>; their addresses and
        passwords stay in environment variables (see docs/calendars.md). Bookings also reach your calendar app through
        the <Link href="/admin/calendar" className="text-accent underline underline-offset-4">calendar feed</Link>.
      </p>
    </div>
  );
}

import Link from "next/link";
import type { CalendarState } from "@/lib/admin/calendars-view";
import type { CalendarSettings } from "@/lib/content/calendar-schema";

/** Shown at the top of every admin page while a calendar cannot be read, or bookings cannot be written into it. */
export function CalendarWarning({ troubled, calendars }: { troubled: CalendarState[]; calendars: CalendarSettings }) {
  if (troubled.length === 0) return null;
  const unread = troubled.filter((state) => state.error);
  return (
    <div role="alert" className="mb-8 space-y-1 rounded-lg border border-danger px-4 py-3">
      {unread.map((state) => (
        <p key={`read-${state.id}`} className="font-medium break-words">
          Your calendar “{state.name}” cannot be read: {state.error}.
        </p>
      ))}
      {troubled
        .filter((state) => state.writes?.lastError)
        .map((state) => (
          <p key={`write-${state.id}`} className="font-medium break-words">
            Bookings cannot be written into “{state.name}”: {state.writes!.lastError}. {state.writes!.waiting} waiting, tried
            again by itself.
          </p>
        ))}
      <p className="text-[0.95rem]">
        {unread.length > 0 &&
          (calendars.whenStale === "stop-offering"
            ? `Once a calendar’s last good copy is ${calendars.staleAfterMinutes} minutes old (or if it was never read), no times are offered until it answers. `
            : "Times are offered from the last copy read (before a first read, as if the calendar were empty), which may miss meetings added since. ")}
        <Link href="/admin/calendars" className="text-accent underline underline-offset-4">
          See the calendars
        </Link>
      </p>
    </div>
  );
}

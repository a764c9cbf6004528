import { formatAdminDateTime } from "@/lib/admin/admin-dates";
import type { CalendarState } from "@/lib/admin/calendars-view";
import { quietButtonClass } from "./admin-styles";

const KIND_LABELS = { ics: "Subscription (iCal address)", caldav: "CalDAV" } as const;

/** Each of the consultant's calendars: what it is, its last good read, what it held, its error, and "Fetch now". */
export function CalendarList({ states, timeZone, fetchNow }: { states: CalendarState[]; timeZone: string; fetchNow: (formData: FormData) => Promise<void> }) {
  if (states.length === 0) {
    return (
      <p className="max-w-prose">
        No calendar is connected, so every time inside your weekly hours that no call holds is offered. Add one under{" "}
        <code>calendars:</code> in <code>content/booking.yaml</code> (docs/calendars.md says how).
      </p>
    );
  }
  const clock = { format: (instant: Date) => formatAdminDateTime(instant, timeZone) };
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {states.map((state) => (
        <li key={state.id} className="space-y-2 py-4">
          <h2 className="text-xl font-semibold break-words">{state.name}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-[0.95rem]">
            <dt className="text-muted">Kind</dt>
            <dd>
              {KIND_LABELS[state.kind]}
              {state.writesBookings && ", bookings are written to it"}
            </dd>
            <dt className="text-muted">Last read</dt>
            <dd>{state.lastRead ? clock.format(state.lastRead) : "not read yet"}</dd>
            <dt className="text-muted">Events read</dt>
            <dd>
              {state.eventsRead} {state.eventsRead === 1 ? "event" : "events"}, {state.busyTimes} busy {state.busyTimes === 1 ? "time" : "times"} ahead
            </dd>
            <dt className="text-muted">State</dt>
            <dd className={state.error ? "font-medium text-danger" : ""}>{stateText(state, clock)}</dd>
            {state.writes && (
              <>
                <dt className="text-muted">Bookings</dt>
                <dd className={state.writes.lastError ? "font-medium text-danger" : ""}>{writesText(state.writes)}</dd>
              </>
            )}
          </dl>
          <form action={fetchNow}>
            <input type="hidden" name="calendar" value={state.id} />
            <button type="submit" className={quietButtonClass}>
              Fetch {state.name} now
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}

function stateText(state: CalendarState, clock: { format: (instant: Date) => string }): string {
  if (state.error) {
    const since = state.failingSince ? ` since ${clock.format(state.failingSince)}` : "";
    return `Cannot be read${since}: ${state.error}${state.stale ? "" : ". Its last copy is still used."}`;
  }
  if (state.stale) return state.lastRead ? "Its copy is out of date; it is read again shortly." : "Waiting for its first read.";
  return "Up to date";
}

function writesText(writes: NonNullable<CalendarState["writes"]>): string {
  if (writes.waiting === 0) return "Every booking is in this calendar.";
  const waiting = `${writes.waiting} ${writes.waiting === 1 ? "change waits" : "changes wait"} to be written`;
  return writes.lastError ? `${waiting}; the last try failed: ${writes.lastError}. It is tried again by itself.` : `${waiting}.`;
}

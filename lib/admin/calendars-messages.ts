import type { CalendarSource } from "../calendars/sources";
import { lookup } from "../lookup";

// What the calendars page says after "Fetch now", chosen by ?done=, ?problem= and ?calendar=: fixed sentences and
// the name booking.yaml gives the calendar, never text from the request.

const DONE: Record<string, (name: string) => string> = {
  read: (name) => `“${name}” was read just now.`,
};
const PROBLEMS: Record<string, (name: string) => string> = {
  failed: (name) => `“${name}” could not be read. The error is shown with it below.`,
  busy: (name) => `“${name}” is being read right now by the site; look again in a moment.`,
  "not-found": () => "That calendar is no longer in booking.yaml.",
};

export function calendarsPageState(
  query: { done?: string | string[]; problem?: string | string[]; calendar?: string | string[] },
  sources: readonly Pick<CalendarSource, "id" | "name">[],
): { done?: string; problem?: string } {
  const name = sources.find((source) => source.id === query.calendar)?.name ?? "The calendar";
  const done = lookup(DONE, query.done);
  const problem = lookup(PROBLEMS, query.problem);
  return { ...(done ? { done: done(name) } : {}), ...(problem ? { problem: problem(name) } : {}) };
}

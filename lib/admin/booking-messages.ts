import { lookup } from "../lookup";
import { ADMIN_NOTE_MAX_LENGTH, CANCEL_MESSAGE_MAX_LENGTH } from "./booking-details";

// What the booking page says after a command, looked up by the key in ?done= or ?problem=: fixed sentences, never
// text from the request.

const DONE: Record<string, string> = {
  note: "Note saved.",
  held: "Marked as held.",
  no_show: "Marked as a no-show.",
  cancelled: "Cancelled. The founder’s email is in the outbox.",
};
const PROBLEMS: Record<string, string> = {
  "note-too-long": `The note was not saved: it can be at most ${ADMIN_NOTE_MAX_LENGTH} characters.`,
  cancelled: "This booking is cancelled; it cannot be marked as held or a no-show.",
  "not-started": "This call has not started yet; mark how it went once it has.",
  "already-cancelled": "This booking was already cancelled.",
  past: "This call is over; there is nothing left to cancel.",
  "message-too-long": `Not cancelled: the message can be at most ${CANCEL_MESSAGE_MAX_LENGTH} characters.`,
  "not-confirmed": "Not cancelled: tick the box to confirm that the call is off.",
};
// Problems shown next to a form's field rather than at the top of the page.
const NOTE_PROBLEMS = ["note-too-long"];
const CANCEL_PROBLEMS = ["message-too-long", "not-confirmed"];

export interface BookingPageMessages {
  done?: string;
  /** For the top of the page. */
  problem?: string;
  /** Next to the note's field. */
  noteProblem?: string;
  /** Next to the cancel form's confirmation. */
  cancelProblem?: string;
}

export function bookingPageMessages(query: { done?: string | string[]; problem?: string | string[] }): BookingPageMessages {
  const done = lookup(DONE, query.done);
  const key = typeof query.problem === "string" ? query.problem : "";
  const problem = lookup(PROBLEMS, key);
  if (!problem) return done ? { done } : {};
  if (NOTE_PROBLEMS.includes(key)) return { ...(done ? { done } : {}), noteProblem: problem };
  if (CANCEL_PROBLEMS.includes(key)) return { ...(done ? { done } : {}), cancelProblem: problem };
  return { ...(done ? { done } : {}), problem };
}

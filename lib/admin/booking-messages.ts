import { lookup } from "../lookup";
import { ADMIN_NOTE_MAX_LENGTH, CANCEL_MESSAGE_MAX_LENGTH } from "./booking-details";
import { MOVE_MESSAGE_MAX_LENGTH } from "./move-call";

// What the booking page says after a command, looked up by the key in ?done= or ?problem=: fixed sentences, never
// text from the request.

const MOVED_NOTE = "The founder’s email, with the new time and a link to their booking, is in the outbox.";
const DONE: Record<string, string> = {
  note: "Note saved.",
  held: "Marked as held.",
  no_show: "Marked as a no-show.",
  cancelled: "Cancelled. The founder’s email is in the outbox.",
  moved: `Moved. ${MOVED_NOTE}`,
};
const PROBLEMS: Record<string, string> = {
  "note-too-long": `The note was not saved: it can be at most ${ADMIN_NOTE_MAX_LENGTH} characters.`,
  cancelled: "This booking is cancelled; it cannot be marked as held or a no-show.",
  "not-started": "This call has not started yet; mark how it went once it has.",
  "already-cancelled": "This booking was already cancelled.",
  past: "This call is over; there is nothing left to cancel.",
  "message-too-long": `Not cancelled: the message can be at most ${CANCEL_MESSAGE_MAX_LENGTH} characters.`,
  "not-confirmed": "Not cancelled: tick the box to confirm that the call is off.",
  "move-already-cancelled": "Not moved: this booking is cancelled.",
  "move-started": "Not moved: this call has already started.",
  "move-past": "Not moved: this call is over.",
  "move-no-time": "Not moved: pick the new time from the list.",
  "move-message-too-long": `Not moved: the message can be at most ${MOVE_MESSAGE_MAX_LENGTH} characters.`,
  "move-unchanged": "Not moved: that is already the call’s time. Pick another one.",
  "move-taken": "Not moved: that time was just booked by someone else. The call keeps its time; pick another one.",
  "move-closed": "Not moved: that time is no longer free (another booking, time off or your calendar closed it). The call keeps its time; pick another one.",
  "move-not-offered": "Not moved: that time isn’t open for booking. Pick one from the list.",
};
// Problems shown next to a form's field rather than at the top of the page.
const NOTE_PROBLEMS = ["note-too-long"];
const CANCEL_PROBLEMS = ["message-too-long", "not-confirmed"];
const MOVE_PROBLEMS = ["move-no-time", "move-message-too-long", "move-unchanged", "move-taken", "move-closed", "move-not-offered"];

export interface BookingPageMessages {
  done?: string;
  /** For the top of the page. */
  problem?: string;
  /** Next to the note's field. */
  noteProblem?: string;
  /** Next to the cancel form's confirmation. */
  cancelProblem?: string;
  /** Next to the move form's choice of time. */
  moveProblem?: string;
}

/** `booking.when`, the call's time as the page shows it (from the database, never the request), goes in "moved". */
export function bookingPageMessages(query: { done?: string | string[]; problem?: string | string[] }, booking?: { when: string }): BookingPageMessages {
  const done = query.done === "moved" && booking ? `Moved to ${booking.when}. ${MOVED_NOTE}` : lookup(DONE, query.done);
  const key = typeof query.problem === "string" ? query.problem : "";
  const problem = lookup(PROBLEMS, key);
  if (!problem) return done ? { done } : {};
  if (NOTE_PROBLEMS.includes(key)) return { ...(done ? { done } : {}), noteProblem: problem };
  if (CANCEL_PROBLEMS.includes(key)) return { ...(done ? { done } : {}), cancelProblem: problem };
  if (MOVE_PROBLEMS.includes(key)) return { ...(done ? { done } : {}), moveProblem: problem };
  return { ...(done ? { done } : {}), problem };
}

import { z } from "zod";
import type { BookingContext } from "../context";
import { cancelBooking, findManageableBooking, moveBooking } from "../lifecycle";
import { withNearestTimes } from "./outcome-messages";

/** What the move form shows after a try that did not move the booking. */
export interface MoveFormState {
  /** Counts submissions, so the form starts afresh each time. */
  submission: number;
  message?: string;
  /** When the chosen time was taken or not offered: the nearest free ones. */
  nearest?: { start: string; end: string }[];
}

/** "moved" carries the time the call had before, for the page to say what changed. */
export type MoveSubmission = { kind: "state"; state: MoveFormState } | { kind: "moved"; from: Date } | { kind: "gone" };

const tokenField = z.string().max(100);
const moveForm = z.object({
  token: tokenField,
  start: z
    .string({ error: "Please pick a new time" })
    .min(1, "Please pick a new time")
    .pipe(z.iso.datetime({ offset: true, error: "Please pick a new time from the list" }))
    .transform((text) => new Date(text)),
});

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The manage page's move form, without the framework: validation, then the same move as everywhere. */
export async function submitMoveForm(previous: MoveFormState, formData: FormData, context: BookingContext): Promise<MoveSubmission> {
  const submission = previous.submission + 1;
  const parsed = moveForm.safeParse({ token: field(formData, "token") ?? "", start: field(formData, "start") ?? "" });
  if (!parsed.success) return { kind: "state", state: { submission, message: parsed.error.issues.find((issue) => issue.path[0] === "start")?.message ?? "Please pick a new time" } };
  const outcome = await moveBooking(await context.storage(), context.settings, context.now(), parsed.data, context.mail);
  switch (outcome.kind) {
    case "moved":
      return { kind: "moved", from: outcome.previous.start };
    case "gone":
      return { kind: "gone" };
    case "unchanged":
      return { kind: "state", state: { submission, message: "That is already the time of your call; pick another to move it." } };
    case "unavailable":
      return {
        kind: "state",
        state: {
          submission,
          message: withNearestTimes(outcome.reason),
          nearest: outcome.nearest.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })),
        },
      };
  }
}

/** The manage page's cancel form: cancels the booking the token opens, if it still can be. */
export async function submitCancelForm(formData: FormData, context: BookingContext): Promise<"cancelled" | "gone"> {
  const token = tokenField.safeParse(field(formData, "token") ?? "");
  if (!token.success) return "gone";
  const storage = await context.storage();
  const now = context.now();
  const booking = await findManageableBooking(storage, token.data, now);
  if (!booking) return "gone";
  const outcome = await cancelBooking(storage, context.mail, now, { bookingId: booking.id, by: "founder" });
  return outcome.kind === "cancelled" ? "cancelled" : "gone";
}

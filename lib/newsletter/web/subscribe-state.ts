/** What the subscribe form shows: nothing yet, "check your inbox", or what to fix (with what was typed kept). */
export type SubscribeFormState =
  | { status: "idle" }
  | { status: "sent" }
  | { status: "error"; email: string; fieldError?: string; message?: string };

export const initialSubscribeFormState: SubscribeFormState = { status: "idle" };

/** The server action behind the form that answers in place. */
export type SubscribeInPlaceAction = (previous: SubscribeFormState, formData: FormData) => Promise<SubscribeFormState>;

/** Why the form sent someone to the subscribe page instead of answering in place: a code in its address. */
export type SubscribeProblem = "address" | "too-many";

export function problemOf(state: SubscribeFormState): SubscribeProblem | undefined {
  if (state.status !== "error") return undefined;
  return state.fieldError ? "address" : "too-many";
}

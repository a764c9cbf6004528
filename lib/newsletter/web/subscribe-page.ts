import type { SubscribeFormState } from "./subscribe-state";

/**
 * What the subscribe page shows first, from its address: the answer to a form posted from a note's page
 * (`?sent=1`, or `?problem=address|too-many`), else an empty form. The address itself never travels in the URL.
 */
export function subscribePageState(query: Record<string, string | string[] | undefined>): SubscribeFormState {
  if (query.sent === "1") return { status: "sent" };
  if (query.problem === "address") return { status: "error", email: "", fieldError: "Please enter an email address like name@example.com." };
  if (query.problem === "too-many") {
    return { status: "error", email: "", message: "There have been too many tries from your connection. Please try again in a few minutes." };
  }
  return { status: "idle" };
}

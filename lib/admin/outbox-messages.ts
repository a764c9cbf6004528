import type { OutboxStatus } from "../db/schema";
import { chooseOption, lookup } from "../lookup";

// What the outbox page shows, chosen by ?show=, ?done= and ?problem=: fixed sentences, never text from the request.

export type OutboxView = OutboxStatus | "all";

export const OUTBOX_VIEWS: readonly { value: OutboxView; label: string }[] = [
  { value: "all", label: "All" },
  { value: "pending", label: "Pending" },
  { value: "sent", label: "Sent" },
  { value: "failed", label: "Failed" },
  { value: "cancelled", label: "Withdrawn" },
];
const EMPTY: Record<OutboxView, string> = {
  all: "No emails yet.",
  pending: "Nothing waiting to be sent.",
  sent: "Nothing sent yet.",
  failed: "No failed emails.",
  cancelled: "No withdrawn emails.",
};
const DONE: Record<string, string> = {
  retried: "The email is back in line and goes out with the next send.",
};
const PROBLEMS: Record<string, string> = {
  "not-failed": "That email has not failed, so there is nothing to retry.",
  "not-found": "That email is no longer in the outbox.",
};

export interface OutboxPageState {
  view: OutboxView;
  /** What the list says when the view has no emails. */
  empty: string;
  done?: string;
  problem?: string;
}

export function outboxPageState(query: { show?: string | string[]; done?: string | string[]; problem?: string | string[] }): OutboxPageState {
  const view = chooseOption(query.show, OUTBOX_VIEWS);
  const done = lookup(DONE, query.done);
  const problem = lookup(PROBLEMS, query.problem);
  return { view, empty: EMPTY[view], ...(done ? { done } : {}), ...(problem ? { problem } : {}) };
}

import type { SubscriberStatus } from "../db/schema";

/** A subscriber's state, in the consultant's words: the list, its counts and the CSV say the same. */
export const SUBSCRIBER_STATE_LABELS: Record<SubscriberStatus, string> = {
  pending: "Waiting for confirmation",
  confirmed: "Confirmed",
  unsubscribed: "Unsubscribed",
};

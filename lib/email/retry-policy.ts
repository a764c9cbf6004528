/** How a failed email is tried again: the wait doubles from `firstDelayMs` up to `maxDelayMs`, then it is given up. */
export interface RetryPolicy {
  maxAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

// Eight tries over about two and a half hours: long enough to ride out a mail server's restart or a short outage,
// short enough that the consultant sees a failed email the same day and can retry it from the admin.
export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 8, firstDelayMs: 60_000, maxDelayMs: 60 * 60_000 };

/** The wait before the next try, after `attempts` failed ones (1 → firstDelay, 2 → twice that, …, capped). */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempts - 1));
}

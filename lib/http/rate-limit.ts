/** The answer to "may this client try again now?" */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt by `key` (a client address) and says whether it may go ahead. The site's own is kept in its
 * database (`createRateLimiter` in lib/db/rate-limits.ts), so every instance of the site counts against one allowance.
 */
export interface RateLimiter {
  attempt(key: string, now: Date): Promise<RateLimitDecision>;
}

export const RATE_LIMIT_WINDOW_MS = 10 * 60_000;
export const DEFAULT_BOOKING_RATE_LIMIT = 10;

/** BOOKING_RATE_LIMIT: attempts per client address per 10-minute window. */
export function bookingRateLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.BOOKING_RATE_LIMIT);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_BOOKING_RATE_LIMIT;
}

/** The answer to "may this address try again now?" */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  attempt(key: string, now: Date): RateLimitDecision;
}

/**
 * A sliding window of attempts per key, held in this process's memory: enough to slow a script down on one
 * instance; several instances each count separately.
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const attempts = new Map<string, number[]>();
  return {
    attempt(key, now) {
      const time = now.getTime();
      const recent = (attempts.get(key) ?? []).filter((at) => at > time - windowMs);
      if (recent.length >= limit) {
        attempts.set(key, recent);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - time) / 1000)) };
      }
      recent.push(time);
      attempts.set(key, recent);
      // Forget addresses that have gone quiet, so the map cannot grow without bound.
      if (attempts.size > 10_000) {
        for (const [other, times] of attempts) if (times.every((at) => at <= time - windowMs)) attempts.delete(other);
      }
      return { allowed: true };
    },
  };
}

export const RATE_LIMIT_WINDOW_MS = 10 * 60_000;
export const DEFAULT_BOOKING_RATE_LIMIT = 10;

/** BOOKING_RATE_LIMIT: attempts per client address per 10 minutes. */
export function bookingRateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BOOKING_RATE_LIMIT);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_BOOKING_RATE_LIMIT;
}

import { getStorage } from "../db";
import type { BookingApiContext } from "./api";
import { bookingRateLimitFromEnv, createRateLimiter, RATE_LIMIT_WINDOW_MS, type RateLimiter } from "./rate-limit";
import { getBookingSettings } from "./settings";

let rateLimiter: RateLimiter | undefined;

/** One limiter per process, shared by the form and the API, so both count against the same allowance. */
export function getBookingRateLimiter(): RateLimiter {
  rateLimiter ??= createRateLimiter({ limit: bookingRateLimitFromEnv(), windowMs: RATE_LIMIT_WINDOW_MS });
  return rateLimiter;
}

/** The running site's storage, settings, clock and limiter. */
export function bookingContext(): BookingApiContext {
  return { storage: getStorage, settings: getBookingSettings(), now: () => new Date(), rateLimiter: getBookingRateLimiter() };
}

import { getStorage } from "../db";
import { mailSettingsFrom, type MailSettings } from "../booking/notifications/mail-settings";
import { getSite } from "../site";
import type { BookingApiContext } from "../booking/web/api";
import { bookingRateLimitFromEnv, createRateLimiter, RATE_LIMIT_WINDOW_MS, type RateLimiter } from "../http/rate-limit";
import { getBookingSettings } from "../content";

// On globalThis, because the form's server action and the API route are separate bundles of the server.
const shared = globalThis as typeof globalThis & { bookingRateLimiter?: RateLimiter };

/** One limiter per process, shared by the form and the API, so both count against the same allowance. */
export function getBookingRateLimiter(): RateLimiter {
  shared.bookingRateLimiter ??= createRateLimiter({ limit: bookingRateLimitFromEnv(), windowMs: RATE_LIMIT_WINDOW_MS });
  return shared.bookingRateLimiter;
}

/** The running site's storage, settings, clock and limiter. */
export function bookingContext(): BookingApiContext {
  return { storage: getStorage, settings: getBookingSettings(), mail: getMailSettings(), now: () => new Date(), rateLimiter: getBookingRateLimiter() };
}

/** What the booking emails are written from, for the running site. */
export function getMailSettings(): MailSettings {
  return mailSettingsFrom(getBookingSettings(), getSite());
}

import { getStorage } from "../db";
import { mailSettingsFrom, type MailSettings } from "../email/mail-settings";
import { getSite } from "../site";
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
  return { storage: getStorage, settings: getBookingSettings(), mail: getMailSettings(), now: () => new Date(), rateLimiter: getBookingRateLimiter() };
}

/** What the booking emails are written from, for the running site. */
export function getMailSettings(): MailSettings {
  return mailSettingsFrom(getBookingSettings(), getSite());
}

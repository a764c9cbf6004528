import type { BookingContext } from "../booking/context";
import { mailSettingsFrom, type MailSettings } from "../booking/notifications/mail-settings";
import { getBookingSettings } from "../content";
import { getStorage } from "../db";
import { bookingRateLimitFromEnv, createRateLimiter, RATE_LIMIT_WINDOW_MS, type RateLimiter } from "../http/rate-limit";
import { getSite } from "../site";

// The running site's parts, wired once from the environment and the content folder. Routes, server actions and
// scripts start here; nothing below lib/runtime reads the environment for them.

// On globalThis, because the form's server action and the API route are separate bundles of the server.
const shared = globalThis as typeof globalThis & { bookingRateLimiter?: RateLimiter };

/** One limiter per process, shared by the form and the API, so both count against the same allowance. */
function getBookingRateLimiter(): RateLimiter {
  shared.bookingRateLimiter ??= createRateLimiter({ limit: bookingRateLimitFromEnv(), windowMs: RATE_LIMIT_WINDOW_MS });
  return shared.bookingRateLimiter;
}

/** What the booking emails are written from, for the running site. */
export function getMailSettings(): MailSettings {
  return mailSettingsFrom(getBookingSettings(), getSite());
}

/** The running site's storage, settings, mail settings, clock and limiter: for the booking pages, the API and the admin. */
export function siteContext(): BookingContext {
  const settings = getBookingSettings();
  return { storage: getStorage, settings, mail: mailSettingsFrom(settings, getSite()), now: () => new Date(), rateLimiter: getBookingRateLimiter() };
}

export { getStorage };

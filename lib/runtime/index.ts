import type { BookingContext } from "../booking/context";
import { mailSettingsFrom, type MailSettings } from "../booking/notifications/mail-settings";
import { loginsPerMinuteFrom } from "../auth/login-lockout";
import { getBookingSettings } from "../content";
import { getStorage } from "../db";
import { createRateLimiter } from "../db/rate-limits";
import { trustedProxyHopsFrom } from "../http/client-address";
import { bookingRateLimitFromEnv, RATE_LIMIT_WINDOW_MS, type RateLimiter } from "../http/rate-limit";
import { getSite } from "../site";

// The running site's parts, wired once from the environment and the content folder. Routes, server actions and
// scripts start here; nothing below lib/runtime reads the environment for them.

/**
 * The booking limiter: its counts are kept in the site's storage under "booking:<client>", so the form, the API and
 * every instance of the site on one database count against the same allowance.
 */
function bookingRateLimiter(): RateLimiter {
  return createRateLimiter(getStorage, { scope: "booking", limit: bookingRateLimitFromEnv(), windowMs: RATE_LIMIT_WINDOW_MS });
}

/** TRUSTED_PROXY_HOPS: how many proxies in front of the site append to X-Forwarded-For (default 1; throws if wrong). */
export function trustedProxyHops(): number {
  return trustedProxyHopsFrom(process.env.TRUSTED_PROXY_HOPS);
}

/** ADMIN_LOGIN_RATE_LIMIT: login tries the admin takes per minute from all addresses together (default 20). */
export function adminLoginsPerMinute(): number {
  return loginsPerMinuteFrom(process.env.ADMIN_LOGIN_RATE_LIMIT);
}

/** What the booking emails are written from, for the running site. */
export function getMailSettings(): MailSettings {
  return mailSettingsFrom(getBookingSettings(), getSite());
}

/** The running site's storage, settings, mail settings, clock and limiter: for the booking pages, the API and the admin. */
export function siteContext(): BookingContext {
  const settings = getBookingSettings();
  return {
    storage: getStorage,
    settings,
    mail: mailSettingsFrom(settings, getSite()),
    now: () => new Date(),
    rateLimiter: bookingRateLimiter(),
    trustedProxyHops: trustedProxyHops(),
  };
}

export { getStorage };

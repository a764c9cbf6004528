import type { BookingSettings } from "../content/booking-schema";
import type { Storage } from "../db/connect";
import type { RateLimiter } from "../http/rate-limit";
import type { MailSettings } from "./notifications/mail-settings";

/**
 * What the booking's forms, API and the admin need from the running site: storage, the settings, what the emails
 * are written from, the clock, the rate limiter and how to read a client's address. `lib/runtime` builds the site's
 * own; tests build theirs.
 */
export interface BookingContext {
  storage: () => Promise<Storage>;
  settings: BookingSettings;
  mail: MailSettings;
  now: () => Date;
  rateLimiter: RateLimiter;
  /** How many proxies in front of the site append to X-Forwarded-For (TRUSTED_PROXY_HOPS): see `clientAddressOf`. */
  trustedProxyHops: number;
}

import type { BookingSettings } from "../content/booking-schema";
import type { Storage } from "../db/connect";
import type { RateLimiter } from "../http/rate-limit";
import type { MailSettings } from "./notifications/mail-settings";

/**
 * What the booking's forms, API and the admin need from the running site: storage, the settings, what the emails
 * are written from, the clock and the rate limiter. `lib/runtime` builds the site's own; tests build theirs.
 */
export interface BookingContext {
  storage: () => Promise<Storage>;
  settings: BookingSettings;
  mail: MailSettings;
  now: () => Date;
  rateLimiter: RateLimiter;
}

import type { Storage } from "../db/connect";
import type { RateLimiter } from "../http/rate-limit";
import type { NewsletterSettings } from "./settings";

/** What the subscribe form and the newsletter's pages need from the running site; `lib/runtime` builds the site's own. */
export interface NewsletterContext {
  storage: () => Promise<Storage>;
  settings: NewsletterSettings;
  now: () => Date;
  rateLimiter: RateLimiter;
  /** How many proxies in front of the site append to X-Forwarded-For (see `clientAddressOf`). */
  trustedProxyHops: number;
}

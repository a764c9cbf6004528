import { getAllNotes, getBookingSettings, getHomeContent, getLiveNotes, getOffers, noteFileChangedAt } from "../content";
import { createRateLimiter } from "../db/rate-limits";
import { bookingRateLimitFromEnv, RATE_LIMIT_WINDOW_MS } from "../http/rate-limit";
import type { NewsletterContext } from "../newsletter/context";
import { dispatchLiveNotes, type DispatchReport } from "../newsletter/dispatch";
import type { NewsletterSettings } from "../newsletter/settings";
import { forgetUnconfirmed } from "../newsletter/subscriptions";
import { getSite } from "../site";
import { getStorage, trustedProxyHops } from "./index";

/** What the newsletter's emails are written from, for the running site. */
export function newsletterSettings(): NewsletterSettings {
  const site = getSite();
  const { readiness } = getHomeContent();
  return {
    site: { name: site.name, url: site.url },
    seriesName: site.newsletter.name,
    consultantAddress: getBookingSettings().email.consultantAddress,
    noteData: {
      ranges: Object.fromEntries(getOffers().map((offer) => [offer.id, offer.priceLabel])),
      readiness: { legend: readiness.legend, signals: readiness.signals.map((signal) => signal.label) },
    },
  };
}

/**
 * The subscribe form's context. Its limiter allows as many tries per connection as the booking form's
 * (BOOKING_RATE_LIMIT per 10 minutes), counted apart under "subscribe:<client>".
 */
export function newsletterContext(): NewsletterContext {
  return {
    storage: getStorage,
    settings: newsletterSettings(),
    now: () => new Date(),
    rateLimiter: createRateLimiter(getStorage, { scope: "subscribe", limit: bookingRateLimitFromEnv(), windowMs: RATE_LIMIT_WINDOW_MS }),
    trustedProxyHops: trustedProxyHops(),
  };
}

/**
 * The site's pages regenerate at most this long after a scheduled note's day begins (app/(site)/layout.tsx): its
 * email waits as long, so the link in it never opens a page that does not list the note yet.
 */
const PAGES_CATCH_UP_MS = 3600_000;

/** One pass: queue each note that went live since the last, and forget addresses never confirmed. */
export async function runNewsletterPass(now = new Date()): Promise<DispatchReport> {
  const storage = await getStorage();
  const live = getLiveNotes(new Date(now.getTime() - PAGES_CATCH_UP_MS));
  const liveSlugs = new Set(live.map((note) => note.slug));
  // The notes this server has that are not live (drafts, dated later), with when each file last changed.
  const takenBack = new Map<string, Date>();
  for (const note of getAllNotes()) {
    const changedAt = liveSlugs.has(note.slug) ? undefined : noteFileChangedAt(note);
    if (changedAt) takenBack.set(note.slug, changedAt);
  }
  const report = await dispatchLiveNotes(storage, live, newsletterSettings(), now, takenBack);
  await forgetUnconfirmed(storage, now);
  return report;
}

const running = Symbol.for("ko.newsletter");
type WithNewsletter = typeof globalThis & { [running]?: boolean };

/** How often each process looks for a note that went live (a scheduled note's day arriving needs no rebuild). */
const LOOK_EVERY_MS = 60_000;

/** Starts the newsletter's passes once per process. */
export function startSiteNewsletter(): void {
  const scope = globalThis as WithNewsletter;
  if (scope[running]) return;
  scope[running] = true;
  let lastError = "";
  const pass = async () => {
    try {
      const report = await runNewsletterPass();
      if (report.announced.length) console.log(`Newsletter: ${report.announced.join(", ")} went live; ${report.queued} email(s) queued.`);
      if (report.withdrawn.length) console.log(`Newsletter: ${report.withdrawn.join(", ")} taken back; its unsent emails withdrawn.`);
      lastError = "";
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) console.error(`Newsletter: could not queue notes: ${message}`);
      lastError = message;
    }
    setTimeout(pass, LOOK_EVERY_MS).unref();
  };
  setTimeout(pass, 0).unref();
}

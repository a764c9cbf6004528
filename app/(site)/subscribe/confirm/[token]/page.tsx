import type { Metadata } from "next";
import { OutcomeMessage } from "@/components/newsletter/outcome-message";
import { confirmSubscription } from "@/lib/newsletter/subscriptions";
import { confirmPage } from "@/lib/newsletter/web/outcome-pages";
import { newsletterContext } from "@/lib/runtime/newsletter";

// The link's key stays out of referrers and search engines.
export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false, follow: false }, referrer: "same-origin" };

/** Opened from the confirmation email: confirms the address once, and says what happened. */
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { storage, settings, now } = newsletterContext();
  const outcome = await confirmSubscription(await storage(), token, now());
  return <OutcomeMessage eyebrow={settings.seriesName} page={confirmPage(outcome, settings.seriesName)} />;
}

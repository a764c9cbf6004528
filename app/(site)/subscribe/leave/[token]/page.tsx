import type { Metadata } from "next";
import { OutcomeMessage } from "@/components/newsletter/outcome-message";
import { leaveNewsletter } from "@/lib/newsletter/subscriptions";
import { leavePage } from "@/lib/newsletter/web/outcome-pages";
import { newsletterContext } from "@/lib/runtime/newsletter";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false }, referrer: "same-origin" };

/** Opened from any newsletter email: unsubscribes at once, with no second step, and says so. */
export default async function LeavePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { storage, settings, now } = newsletterContext();
  const outcome = await leaveNewsletter(await storage(), token, now());
  return <OutcomeMessage eyebrow={settings.seriesName} page={leavePage(outcome)} />;
}

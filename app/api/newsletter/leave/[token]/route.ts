import { leaveNewsletter } from "@/lib/newsletter/subscriptions";
import { newsletterContext } from "@/lib/runtime/newsletter";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs "List-Unsubscribe=One-Click" here when the reader presses its
 * own button. The key in the address is the whole authority; the body is not needed.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { storage, now } = newsletterContext();
  const outcome = await leaveNewsletter(await storage(), token, now());
  if (outcome === "unknown") return text(404, "This unsubscribe link is not known; nothing was changed.\n");
  return text(200, outcome === "left" ? "Unsubscribed: nothing more will be sent to this address.\n" : "Already unsubscribed; nothing was changed.\n");
}

/** Opened in a browser instead: the page that unsubscribes and says so. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/subscribe/leave/${encodeURIComponent(token)}` } });
}

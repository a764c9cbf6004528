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

/**
 * A GET changes nothing: mail systems fetch the addresses in headers on their own (RFC 8058 exists for that), and a
 * reader must not be unsubscribed by a scanner. A person who opens it is pointed at the email's own link.
 */
export function GET() {
  return new Response("To unsubscribe, use the link at the end of the email, or your mail app's unsubscribe button.\n", {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

import { subscriptionRequestSchema } from "../subscription-request";
import { requestSubscription } from "../subscriptions";
import type { NewsletterContext } from "../context";
import type { SubscribeFormState } from "./subscribe-state";

/**
 * The subscribe form's server side, without the framework: the honeypot, the rate limit, the address, then the
 * request. The answer is the same whether the address was new, waiting or already subscribed.
 */
export async function submitSubscription(formData: FormData, context: NewsletterContext, clientAddress: string): Promise<SubscribeFormState> {
  const typed = String(formData.get("email") ?? "");
  // A script filled in the hidden field: it sees the usual answer, and nothing is stored or sent.
  if (String(formData.get("website") ?? "").trim()) return { status: "sent" };
  const kept = typed.slice(0, 320);
  const now = context.now();
  const limit = await context.rateLimiter.attempt(clientAddress, now);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return { status: "error", email: kept, message: `There have been too many tries from your connection. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` };
  }
  const parsed = subscriptionRequestSchema.safeParse({ email: typed });
  if (!parsed.success) return { status: "error", email: kept, fieldError: parsed.error.issues[0]?.message ?? "Please check the address." };
  await requestSubscription(await context.storage(), parsed.data.email, context.settings, now);
  return { status: "sent" };
}


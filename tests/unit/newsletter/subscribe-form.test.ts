import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countSubscribersByStatus } from "@/lib/db/subscribers";
import { createRateLimiter } from "@/lib/db/rate-limits";
import type { NewsletterContext } from "@/lib/newsletter/context";
import { confirmSubscription, leaveNewsletter } from "@/lib/newsletter/subscriptions";
import { submitSubscription } from "@/lib/newsletter/web/subscribe-form";
import { subscribePageState } from "@/lib/newsletter/web/subscribe-page";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { NOW, settings } from "./newsletter-fixtures";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("the subscribe form", () => {
  let test: TestStorage;
  let context: NewsletterContext;
  const outbox = () => test.storage.db.selectFrom("outbox").select(["recipient", "kind"]).execute();

  beforeEach(async () => {
    test = await createTestSqlite();
    context = {
      storage: async () => test.storage,
      settings,
      now: () => NOW,
      rateLimiter: createRateLimiter(async () => test.storage, { scope: "subscribe", limit: 3, windowMs: 600_000 }),
      trustedProxyHops: 1,
    };
  });
  afterEach(() => test.cleanUp());

  it("answers the same for a new address and one already subscribed, and queues one confirmation", async () => {
    expect(await submitSubscription(form({ email: "  Ada@Analytical.Example " }), context, "10.0.0.1")).toEqual({ status: "sent" });
    expect(await outbox()).toEqual([{ recipient: "ada@analytical.example", kind: "newsletter-confirm" }]);
  });

  it("shows what is wrong with an address next to the field, keeps what was typed, and stores nothing", async () => {
    const malformed = await submitSubscription(form({ email: "ada@" }), context, "10.0.0.1");
    expect(malformed).toEqual({ status: "error", email: "ada@", fieldError: "Please enter an email address like name@example.com." });
    const long = `${"a".repeat(10_000)}@example.com`;
    const tooLong = await submitSubscription(form({ email: long }), context, "10.0.0.2");
    expect(tooLong).toMatchObject({ status: "error", fieldError: "That address is too long: an email address has at most 254 characters." });
    expect(await submitSubscription(form({}), context, "10.0.0.3")).toMatchObject({ fieldError: "Please enter your email address." });
    expect(await outbox()).toEqual([]);
    expect(await countSubscribersByStatus(test.storage.db)).toEqual({ pending: 0, confirmed: 0, unsubscribed: 0 });
  });

  it("tells a script that filled the hidden field it worked, and sends nothing", async () => {
    expect(await submitSubscription(form({ email: "bot@example.com", website: "http://spam.example" }), context, "10.0.0.1")).toEqual({ status: "sent" });
    expect(await outbox()).toEqual([]);
  });

  it("refuses a connection that tries too often, in words, for the rest of the window", async () => {
    for (let n = 0; n < 3; n++) await submitSubscription(form({ email: `r${n}@example.com` }), context, "10.0.0.9");
    const refused = await submitSubscription(form({ email: "r4@example.com" }), context, "10.0.0.9");
    expect(refused).toEqual({ status: "error", email: "r4@example.com", message: "There have been too many tries from your connection. Please try again in 10 minutes." });
    expect(await submitSubscription(form({ email: "other@example.com" }), context, "10.0.0.10")).toEqual({ status: "sent" });
  });

  it("never throws, whatever is posted or put in a link, and stores only valid addresses", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), fc.string({ maxLength: 60 }), async (email, token) => {
        const state = await submitSubscription(form({ email }), context, `client-${email.length}-${token.length}`);
        expect(["sent", "error"]).toContain(state.status);
        expect(["unknown", "confirmed", "already-confirmed", "expired", "left"]).toContain(await confirmSubscription(test.storage, token, NOW));
        expect(["unknown", "left", "already-left"]).toContain(await leaveNewsletter(test.storage, token, NOW));
      }),
      { numRuns: 150 },
    );
    const stored = await test.storage.db.selectFrom("subscribers").select("email").execute();
    for (const { email } of stored) expect(email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  });
});

describe("the subscribe page's first answer, from its address", () => {
  it("says sent, or what went wrong, and never carries the address", () => {
    expect(subscribePageState({ sent: "1" })).toEqual({ status: "sent" });
    expect(subscribePageState({ problem: "address" })).toMatchObject({ status: "error", email: "", fieldError: expect.any(String) });
    expect(subscribePageState({ problem: "too-many" })).toMatchObject({ status: "error", message: expect.stringContaining("too many tries") });
    expect(subscribePageState({ problem: ["x", "y"], email: "ada@example.com" })).toEqual({ status: "idle" });
  });
});

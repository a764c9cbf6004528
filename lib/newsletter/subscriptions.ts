import type { Kysely } from "kysely";
import type { Storage } from "../db/connect";
import type { Database } from "../db/schema";
import {
  deleteSubscriber,
  listUnconfirmedBefore,
  findSubscriberByEmail,
  findSubscriberKey,
  insertPendingSubscriber,
  insertSubscriberKey,
  markSubscriberKeyUsed,
  useUpSubscriberKeys,
  updateSubscriber,
  type SubscriberRow,
} from "../db/subscribers";
import { inWriteTransaction } from "../db/write-transaction";
import { cancelPendingEmails, deleteEmailsTo, enqueueEmail } from "../email/outbox";
import { createLinkKey, hashLinkKey, isLinkKeyShaped } from "../http/link-key";
import { confirmUrl, leaveUrl, listUnsubscribeHeaders, NEWSLETTER_LINK_REDACTION } from "./links";
import { CONFIRM_DAYS, NEWSLETTER_KINDS, READER_KINDS, RESEND_AFTER_MS, type NewsletterSettings } from "./settings";
import { alreadySubscribedEmail, confirmationEmail } from "./subscription-mail";

const DAY = 86_400_000;

/** A new key to a subscriber's link, stored as its hash; the token goes into the email only. */
export async function newSubscriberKey(db: Kysely<Database>, subscriberId: string, purpose: "confirm" | "leave", now: Date): Promise<string> {
  const { token, hash } = createLinkKey();
  const expires_at = purpose === "confirm" ? new Date(now.getTime() + CONFIRM_DAYS * DAY).toISOString() : null;
  await insertSubscriberKey(db, { token_hash: hash, subscriber_id: subscriberId, purpose, created_at: now.toISOString(), expires_at });
  return token;
}

/**
 * Someone asked for new notes at `email`. What happens depends on where the address stands, and the answer on the
 * page is the same whatever it is, so the page never tells whether an address is subscribed:
 * - new, or left before: it waits for confirmation, and gets one email with the link;
 * - waiting: the link is sent again, at most once an hour;
 * - confirmed: one email says it already is (at most once an hour); nothing changes.
 */
export async function requestSubscription(storage: Storage, email: string, settings: NewsletterSettings, now: Date): Promise<void> {
  await inWriteTransaction(storage, async (db) => {
    const existing = await findSubscriberByEmail(db, email);
    if (existing && existing.confirm_sent_at && now.getTime() - Date.parse(existing.confirm_sent_at) < RESEND_AFTER_MS) return;
    const subscriber = existing ?? (await insertPendingSubscriber(db, email, now));
    const leaveToken = await newSubscriberKey(db, subscriber.id, "leave", now);
    const leave = leaveUrl(settings.site.url, leaveToken);
    if (subscriber.status === "confirmed") {
      const message = alreadySubscribedEmail(settings, { leave });
      await queueReaderEmail(db, subscriber, NEWSLETTER_KINDS.alreadySubscribed, message, { siteUrl: settings.site.url, leaveToken }, now);
    } else {
      const confirm = confirmUrl(settings.site.url, await newSubscriberKey(db, subscriber.id, "confirm", now));
      const message = confirmationEmail(settings, { confirm, leave });
      await queueReaderEmail(db, subscriber, NEWSLETTER_KINDS.confirm, message, { siteUrl: settings.site.url, leaveToken }, now);
    }
    await updateSubscriber(db, subscriber.id, { status: subscriber.status === "confirmed" ? "confirmed" : "pending", confirm_sent_at: now.toISOString() }, now);
  });
}

async function queueReaderEmail(
  db: Kysely<Database>,
  subscriber: SubscriberRow,
  kind: string,
  message: { subject: string; text: string; html: string },
  links: { siteUrl: string; leaveToken: string },
  now: Date,
): Promise<void> {
  await enqueueEmail(
    db,
    {
      kind,
      topic: `subscriber:${subscriber.id}`,
      recipient: subscriber.email,
      ...message,
      sendAfter: now,
      redact: NEWSLETTER_LINK_REDACTION,
      headers: listUnsubscribeHeaders(links.siteUrl, links.leaveToken),
    },
    now,
  );
}

export type ConfirmOutcome = "confirmed" | "already-confirmed" | "expired" | "left" | "unknown";

/** Opens a confirmation link: the address is confirmed once; a used, expired or unknown link says so and changes nothing. */
export async function confirmSubscription(storage: Storage, token: string, now: Date): Promise<ConfirmOutcome> {
  if (!isLinkKeyShaped(token)) return "unknown";
  return inWriteTransaction(storage, async (db) => {
    const found = await findSubscriberKey(db, hashLinkKey(token));
    if (!found || found.key.purpose !== "confirm") return "unknown";
    const { key, subscriber } = found;
    if (key.used_at) return subscriber.status === "confirmed" ? "already-confirmed" : subscriber.status === "unsubscribed" ? "left" : "expired";
    if (key.expires_at && Date.parse(key.expires_at) <= now.getTime()) return "expired";
    if (subscriber.status === "confirmed") return "already-confirmed";
    // Every confirmation link sent is used up with this one: none can subscribe the address again after it leaves.
    await useUpSubscriberKeys(db, subscriber.id, "confirm", now);
    await updateSubscriber(db, subscriber.id, { status: "confirmed", confirmed_at: now.toISOString(), unsubscribed_at: null }, now);
    return "confirmed";
  });
}

export type LeaveOutcome = "left" | "already-left" | "unknown";

/**
 * Opens a leave link (or a mail client's one-click POST): the address stops getting anything, at once, including
 * what was queued and not yet sent. An address that was never confirmed is deleted outright. Opening the link again
 * says so and changes nothing. A confirmation link may not unsubscribe: it only confirms.
 */
export async function leaveNewsletter(storage: Storage, token: string, now: Date): Promise<LeaveOutcome> {
  if (!isLinkKeyShaped(token)) return "unknown";
  return inWriteTransaction(storage, async (db) => {
    const found = await findSubscriberKey(db, hashLinkKey(token));
    if (!found || found.key.purpose !== "leave") return "unknown";
    const { key, subscriber } = found;
    if (subscriber.status === "unsubscribed") return "already-left";
    if (subscriber.status === "pending" && !subscriber.confirmed_at) {
      // Never confirmed: nothing of the address is kept, its emails included.
      await deleteEmailsTo(db, { recipient: subscriber.email, kinds: READER_KINDS });
      await deleteSubscriber(db, subscriber.id);
      return "left";
    }
    await markSubscriberKeyUsed(db, key.token_hash, now);
    await useUpSubscriberKeys(db, subscriber.id, "confirm", now);
    await cancelPendingEmails(db, { recipient: subscriber.email, kinds: READER_KINDS, alsoFailed: true }, now);
    await updateSubscriber(db, subscriber.id, { status: "unsubscribed", unsubscribed_at: now.toISOString() }, now);
    return "left";
  });
}

/** Deletes the addresses that were never confirmed within the confirmation link's life, with every email to them. */
export async function forgetUnconfirmed(storage: Storage, now: Date): Promise<number> {
  const stale = await listUnconfirmedBefore(storage.db, new Date(now.getTime() - CONFIRM_DAYS * DAY));
  for (const subscriber of stale) {
    await inWriteTransaction(storage, async (db) => {
      await deleteEmailsTo(db, { recipient: subscriber.email, kinds: READER_KINDS });
      await deleteSubscriber(db, subscriber.id);
    });
  }
  return stale.length;
}

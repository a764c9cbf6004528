// npm run outbox:send: queues the notes that went live (once each, like the site does every minute), sends the emails
// that are due, then exits; for a cron when the site's own sender is not enough (or not running). Safe next to running
// sites: every note is queued once and every email claimed by one sender only.
import { getStorage } from "../lib/runtime";
import { siteSender } from "../lib/runtime/outbox-sender";
import { runNewsletterPass } from "../lib/runtime/newsletter";
import { countPendingEmails } from "../lib/email/outbox-admin";
import { sendDueEmails } from "../lib/email/send-due-emails";
import { newSenderId, senderConfigFromEnv } from "../lib/email/sender-config";
import { smtpTransport } from "../lib/email/smtp-transport";

async function main(): Promise<number> {
  const { smtpUrl, bulkPerMinute } = senderConfigFromEnv();
  const storage = await getStorage();
  try {
    const notes = await runNewsletterPass();
    if (notes.announced.length) console.log(`Went live: ${notes.announced.join(", ")}; ${notes.queued} email(s) queued.`);
    if (!smtpUrl) {
      console.error(`SMTP_URL is not set: ${await countPendingEmails(storage.db)} email(s) wait in the outbox. Set it to send them.`);
      return 1;
    }
    const transport = smtpTransport(smtpUrl, siteSender());
    try {
      const report = await sendDueEmails(storage.db, transport, { senderId: newSenderId(), now: () => new Date(), limit: 10_000, bulkPerMinute });
      console.log(`Sent ${report.sent}; ${report.retrying} will be retried later; ${report.failed} given up on (see /admin).`);
      return report.retrying || report.failed ? 2 : 0;
    } finally {
      transport.close();
    }
  } finally {
    await storage.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

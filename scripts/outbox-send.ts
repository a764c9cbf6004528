// npm run outbox:send: sends the emails that are due, then exits; for a cron when the site's own sender is not
// enough (or not running). Safe next to running sites: every email is claimed by one sender only.
import { getStorage } from "../lib/runtime";
import { siteSender } from "../lib/runtime/outbox-sender";
import { countPendingEmails } from "../lib/email/outbox-admin";
import { sendDueEmails } from "../lib/email/send-due-emails";
import { newSenderId, senderConfigFromEnv } from "../lib/email/sender-config";
import { smtpTransport } from "../lib/email/smtp-transport";

async function main(): Promise<number> {
  const { smtpUrl } = senderConfigFromEnv();
  const storage = await getStorage();
  try {
    if (!smtpUrl) {
      console.error(`SMTP_URL is not set: ${await countPendingEmails(storage.db)} email(s) wait in the outbox. Set it to send them.`);
      return 1;
    }
    const transport = smtpTransport(smtpUrl, siteSender());
    try {
      const report = await sendDueEmails(storage.db, transport, { senderId: newSenderId(), now: () => new Date(), limit: 10_000 });
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

// npm run outbox:send: sends the emails that are due, then exits; for a cron when the site's own sender is not
// enough (or not running). Safe next to running sites: every email is claimed by one sender only.
import { getMailSettings } from "../lib/runtime";
import { getStorage } from "../lib/db";
import { sendDueEmails } from "../lib/email/send-due-emails";
import { newSenderId, senderConfigFromEnv } from "../lib/email/sender-config";
import { smtpTransport } from "../lib/email/smtp-transport";

async function main(): Promise<number> {
  const { smtpUrl } = senderConfigFromEnv();
  const storage = await getStorage();
  try {
    const waiting = await storage.db.selectFrom("outbox").select((eb) => eb.fn.countAll<string | number>().as("count")).where("status", "=", "pending").executeTakeFirstOrThrow();
    if (!smtpUrl) {
      console.error(`SMTP_URL is not set: ${Number(waiting.count)} email(s) wait in the outbox. Set it to send them.`);
      return 1;
    }
    const mail = getMailSettings();
    const transport = smtpTransport(smtpUrl, { ...mail.sender, replyTo: mail.consultantAddress });
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

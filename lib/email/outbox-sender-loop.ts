import type { Storage } from "../db/connect";
import { sendDueEmails } from "./send-due-emails";
import type { SenderConfig } from "./sender-config";
import { newSenderId } from "./sender-config";
import { smtpTransport, type Sender } from "./smtp-transport";

export interface OutboxSenderLoop {
  stop(): void;
}

type Log = (message: string) => void;

/**
 * The sender inside the site: every poll interval it sends what is due. Without SMTP_URL it says once that mail
 * waits in the outbox, and does nothing else; the emails go once SMTP_URL is set and the site restarted, or by
 * `npm run outbox:send`.
 */
export function startOutboxSenderLoop(options: {
  config: SenderConfig;
  storage: () => Promise<Storage>;
  /** Who the emails come from, and where replies go; read when the loop starts. */
  sender: () => Sender;
  log?: { info: Log; error: Log };
}): OutboxSenderLoop | undefined {
  const log = options.log ?? { info: (m) => console.log(m), error: (m) => console.error(m) };
  const { smtpUrl, pollMs, bulkPerMinute } = options.config;
  if (!smtpUrl) {
    log.info("Outbox: SMTP_URL is not set, so emails wait in the outbox (see /admin) until it is.");
    return undefined;
  }
  const transport = smtpTransport(smtpUrl, options.sender());
  const senderId = newSenderId();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastError = "";

  const pass = async () => {
    try {
      const storage = await options.storage();
      const report = await sendDueEmails(storage.db, transport, { senderId, now: () => new Date(), bulkPerMinute });
      if (report.sent || report.retrying || report.failed) {
        log.info(`Outbox: sent ${report.sent}, will retry ${report.retrying}, gave up on ${report.failed}.`);
      }
      lastError = "";
    } catch (error) {
      // The database being away is logged once, not every poll.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) log.error(`Outbox: could not send: ${message}`);
      lastError = message;
    }
    if (!stopped) {
      timer = setTimeout(pass, pollMs);
      timer.unref();
    }
  };
  log.info(`Outbox: sending emails by SMTP every ${pollMs / 1000} s.`);
  timer = setTimeout(pass, 0);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      transport.close();
    },
  };
}

import { startOutboxSenderLoop, type OutboxSenderLoop } from "../email/outbox-sender-loop";
import { senderConfigFromEnv } from "../email/sender-config";
import { getMailSettings, getStorage } from "./index";

// On globalThis, not in a module variable: a bundler may load this module more than once in one process.
const running = Symbol.for("ko.outboxSender");
type WithSender = typeof globalThis & { [running]?: OutboxSenderLoop | null };

/** Who the site's emails come from, and where replies go: the consultant. */
export function siteSender() {
  const mail = getMailSettings();
  return { ...mail.sender, replyTo: mail.consultantAddress };
}

/** The running site's sender, started once per process. */
export function startSiteOutboxSender(): void {
  const scope = globalThis as WithSender;
  if (scope[running] !== undefined) return;
  scope[running] = startOutboxSenderLoop({ config: senderConfigFromEnv(), storage: getStorage, sender: siteSender }) ?? null;
}

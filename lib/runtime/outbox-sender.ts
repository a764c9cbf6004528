import { getMailSettings } from "./index";
import { getStorage } from "../db";
import { startOutboxSenderLoop, type OutboxSenderLoop } from "../email/outbox-sender-loop";
import { senderConfigFromEnv } from "../email/sender-config";

// On globalThis, not in a module variable: a bundler may load this module more than once in one process.
const running = Symbol.for("ko.outboxSender");
type WithSender = typeof globalThis & { [running]?: OutboxSenderLoop | null };

/** The running site's sender, started once per process. */
export function startSiteOutboxSender(): void {
  const scope = globalThis as WithSender;
  if (scope[running] !== undefined) return;
  scope[running] = startOutboxSenderLoop({ config: senderConfigFromEnv(), storage: getStorage, mail: getMailSettings }) ?? null;
}

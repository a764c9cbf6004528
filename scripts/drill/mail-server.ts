import { simpleParser } from "mailparser";
import { startSmtpSink, type SmtpSink } from "../../tests/support/smtp-sink";

// A real SMTP server for the site to send to (tests/support/smtp-sink.ts), which the drill can stop (nothing listens
// on the port), make refuse every message with a 4xx (a mail server that is "busy, try later"), or let accept.

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
}

export type MailMode = "accept" | "refuse";

export interface DrillMailServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** How many messages were refused with a 4xx. */
  refused: number;
  setMode(mode: MailMode): void;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startDrillMailServer(port: number): Promise<DrillMailServer> {
  let mode: MailMode = "accept";
  let sink: SmtpSink | undefined;
  const server: DrillMailServer = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received: [],
    refused: 0,
    setMode(next) {
      mode = next;
    },
    async start() {
      if (sink) return;
      sink = await startSmtpSink(port, async (raw) => {
        if (mode === "refuse") {
          server.refused++;
          throw Object.assign(new Error("Mailbox busy, try again later (drill)"), { responseCode: 451 });
        }
        const mail = await simpleParser(raw);
        const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
        server.received.push({ messageId: mail.messageId ?? "", to, subject: mail.subject ?? "", text: mail.text ?? "" });
      });
    },
    async stop() {
      const current = sink;
      sink = undefined;
      // smtp-server waits for open connections to end; the site's connections close after each message.
      await Promise.race([current?.close(), new Promise((resolve) => setTimeout(resolve, 3_000))]);
    },
  };
  await server.start();
  return server;
}

/** The manage link's key from a founder's email. */
export function manageTokenIn(text: string): string | undefined {
  return /\/book\/manage\/([A-Za-z0-9_-]{20,})/.exec(text)?.[1];
}

import nodemailer from "nodemailer";
import type { OutboxRow } from "./outbox";

/** Delivers one email from the outbox; throws when the mail server does not accept it. */
export interface MailTransport {
  send(email: OutboxRow): Promise<void>;
  close(): void;
}

export interface Sender {
  name: string;
  address: string;
  /** Where the founder's replies go: the consultant. */
  replyTo: string;
}

/** SMTP by nodemailer from SMTP_URL (smtp://user:pass@host:port, or smtps:// for TLS from the start). */
export function smtpTransport(smtpUrl: string, sender: Sender): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    // A mail server that does not answer is a failed attempt, retried later, not a sender stuck for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(email) {
      await transporter.sendMail({
        from: { name: sender.name, address: sender.address },
        to: email.recipient,
        // One Message-ID per outbox row: should a send ever be repeated (a sender that died between the mail server's
        // yes and recording it), mail systems see the same message twice, not two messages.
        messageId: `<${email.id}@${sender.address.split("@")[1] ?? "localhost"}>`,
        ...(email.recipient === sender.replyTo ? {} : { replyTo: sender.replyTo }),
        subject: email.subject,
        text: email.text_body,
        html: email.html_body,
        ...(email.headers ? { headers: JSON.parse(email.headers) as Record<string, string> } : {}),
        ...(email.ics ? { icalEvent: { filename: "invite.ics", method: calendarMethodOf(email.ics), content: email.ics } } : {}),
      });
    },
    close: () => transporter.close(),
  };
}

/** METHOD:REQUEST or METHOD:CANCEL, read back from the calendar file, for the text/calendar part's method. */
function calendarMethodOf(ics: string): string {
  return /^METHOD:([A-Z]+)\r?$/m.exec(ics)?.[1] ?? "PUBLISH";
}

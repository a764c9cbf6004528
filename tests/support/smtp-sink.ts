import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  port: number;
  close(): Promise<void>;
}

/**
 * A real SMTP server on localhost that accepts every message and hands its raw text to `onMessage`: what a mail
 * server would receive from the site. No TLS and no login, like a development mail catcher.
 */
export async function startSmtpSink(port: number, onMessage: (raw: string) => void | Promise<void>): Promise<SmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        Promise.resolve(onMessage(Buffer.concat(chunks).toString("utf8"))).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  // A client that goes away mid-conversation (a site killed while sending) is its own loss, not the sink's.
  server.on("error", () => {});
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

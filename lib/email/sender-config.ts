import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { z } from "zod";

export interface SenderConfig {
  /** Unset: mail waits in the outbox. */
  smtpUrl?: string;
  /** How often the sender inside the site looks for due emails. */
  pollMs: number;
  /** How many bulk emails (the newsletter) may go a minute, over all senders: the mail provider's limit. */
  bulkPerMinute: number;
}

const envSchema = z.object({
  SMTP_URL: z
    .string()
    .trim()
    .transform((url) => url || undefined)
    .pipe(z.url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587 or smtps://…" }).optional())
    .optional(),
  OUTBOX_POLL_SECONDS: z.coerce
    .number({ error: "OUTBOX_POLL_SECONDS must be a number of seconds" })
    .min(0.2, "OUTBOX_POLL_SECONDS must be at least 0.2")
    .max(3600, "OUTBOX_POLL_SECONDS must be at most 3600")
    .default(30),
  OUTBOX_BULK_PER_MINUTE: z.coerce
    .number({ error: "OUTBOX_BULK_PER_MINUTE must be a number of emails a minute" })
    .int("OUTBOX_BULK_PER_MINUTE must be a whole number")
    .min(1, "OUTBOX_BULK_PER_MINUTE must be at least 1")
    .max(100_000, "OUTBOX_BULK_PER_MINUTE must be at most 100000")
    .default(60),
});

/** SMTP_URL, OUTBOX_POLL_SECONDS and OUTBOX_BULK_PER_MINUTE, checked; a mistake throws with the variable's name. */
export function senderConfigFromEnv(env: Partial<Record<string, string>> = process.env): SenderConfig {
  const parsed = envSchema.safeParse({
    SMTP_URL: env.SMTP_URL,
    OUTBOX_POLL_SECONDS: env.OUTBOX_POLL_SECONDS || undefined,
    OUTBOX_BULK_PER_MINUTE: env.OUTBOX_BULK_PER_MINUTE || undefined,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  return { smtpUrl: parsed.data.SMTP_URL, pollMs: parsed.data.OUTBOX_POLL_SECONDS * 1000, bulkPerMinute: parsed.data.OUTBOX_BULK_PER_MINUTE };
}

/** A name for this sender's claims: host, process and a random part, so two processes never share one. */
export function newSenderId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Why the site's sender is not sending, in the consultant's words; undefined when it is configured. */
export function senderProblem(env: Partial<Record<string, string>> = process.env): string | undefined {
  try {
    return senderConfigFromEnv(env).smtpUrl ? undefined : "SMTP_URL is not set";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";

const mailDir = () => process.env.E2E_MAIL_DIR!;

/** Every message the SMTP sink has received so far, parsed. */
async function receivedMail(): Promise<ParsedMail[]> {
  const files = fs.existsSync(mailDir()) ? fs.readdirSync(mailDir()).filter((name) => name.endsWith(".eml")).sort() : [];
  return Promise.all(files.map(async (name) => simpleParser(fs.readFileSync(path.join(mailDir(), name)))));
}

const recipientOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0]?.value[0]?.address : mail.to?.value[0]?.address);

/** Waits until the email to `address` whose subject starts with `subject` has arrived, and returns it. */
export async function waitForMail(address: string, subject: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await receivedMail()).find((mail) => recipientOf(mail) === address && mail.subject?.startsWith(subject));
        return !!found;
      },
      { message: `an email "${subject}…" to ${address}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** The path of the founder's own page, from the link in their email. */
export function manageLinkIn(mail: ParsedMail): string {
  const link = mail.text?.match(/https?:\/\/\S+?(\/book\/manage\/[A-Za-z0-9_-]{43})/);
  if (!link) throw new Error(`no manage link in "${mail.subject}"`);
  return link[1]!;
}

/** The path a link in an email opens, from its key's place in the site: "/subscribe/confirm", "/subscribe/leave". */
export function linkPathIn(mail: ParsedMail, prefix: string): string {
  const link = mail.text?.match(new RegExp(`https?://\\S+?(${prefix}/[A-Za-z0-9_-]{43})`));
  if (!link) throw new Error(`no ${prefix} link in "${mail.subject}"`);
  return link[1]!;
}

/** A header as the mail server received it, unfolded ("List-Unsubscribe: <…>"). */
export function headerLineOf(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/\r?\n\s+/g, " ");
}

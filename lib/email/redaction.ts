import type { OutboxTable } from "../db/schema";

type Redactable = Pick<OutboxTable, "redact_pattern" | "redact_replacement">;

/** The pattern an email asks to have removed, compiled; throws when it is not a regular expression. */
export function redactionPattern(pattern: string): RegExp {
  return new RegExp(pattern, "g");
}

/** A text without what its email asked to have removed (the key in a manage link); unchanged when nothing was. */
export function redactText(text: string, email: Redactable): string {
  if (!email.redact_pattern) return text;
  const replacement = email.redact_replacement ?? "";
  // A function, so "$&" or "$1" in the replacement is written as it is.
  return text.replace(redactionPattern(email.redact_pattern), () => replacement);
}

/**
 * An iCalendar attachment without what its email asked to have removed. Its long lines are folded (a line break and
 * a space every 75 octets, RFC 5545 3.1), which can split what the pattern matches: the text is unfolded first, and
 * folded again when anything was removed. Unchanged when nothing was.
 */
export function redactCalendarText(ics: string, email: Redactable): string {
  if (!email.redact_pattern) return ics;
  const unfolded = ics.replace(/\r?\n[ \t]/g, "");
  const redacted = redactText(unfolded, email);
  return redacted === unfolded ? ics : redacted.split("\r\n").map(foldLine).join("\r\n");
}

const FOLD_OCTETS = 75;

/** One content line folded at 75 octets of UTF-8, never inside a character. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // A continuation line begins with a space, which counts towards its 75.
    const limit = parts.length === 0 ? FOLD_OCTETS : FOLD_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(part);
      part = "";
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join("\r\n ");
}

type Stored = Pick<OutboxTable, "text_body" | "html_body" | "ics" | "headers">;

/** Everything stored of an email (both bodies, the invite, the headers), redacted: for the row's update once it is sent or withdrawn. */
export function redactBody(email: Redactable & Stored): Stored {
  return {
    text_body: redactText(email.text_body, email),
    html_body: redactText(email.html_body, email),
    ics: email.ics === null ? null : redactCalendarText(email.ics, email),
    headers: email.headers === null ? null : redactText(email.headers, email),
  };
}

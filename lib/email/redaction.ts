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

/** Both bodies of a stored email, redacted: for the row's update once it is sent or withdrawn. */
export function redactBody(email: Redactable & Pick<OutboxTable, "text_body" | "html_body">): Pick<OutboxTable, "text_body" | "html_body"> {
  return { text_body: redactText(email.text_body, email), html_body: redactText(email.html_body, email) };
}

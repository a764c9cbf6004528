import type { OutboxRow } from "./outbox";

type Redactable = Pick<OutboxRow, "redact_pattern" | "redact_replacement">;

/** A text without what its email asked to have removed (the key in a manage link); unchanged when nothing was. */
export function redactText(text: string, email: Redactable): string {
  if (!email.redact_pattern) return text;
  return text.replace(new RegExp(email.redact_pattern, "g"), email.redact_replacement ?? "");
}

/** Both bodies of a stored email, redacted: for the row's update once it is sent or withdrawn. */
export function redactBody(email: Redactable & Pick<OutboxRow, "text_body" | "html_body">): Pick<OutboxRow, "text_body" | "html_body"> {
  return { text_body: redactText(email.text_body, email), html_body: redactText(email.html_body, email) };
}

import type { Placeholder } from "../content/placeholders";

/** One thing the consultant still has to set before the site is theirs: what, and where. */
export interface SetupItem {
  what: string;
  where: string;
}

/**
 * What the admin lists on every page until it is done: each placeholder left in the content (with its file and line),
 * and email, while no SMTP server is set.
 */
export function setupChecklist(placeholders: readonly Placeholder[], mailProblem: string | undefined): SetupItem[] {
  const items = placeholders.map((placeholder) => ({
    what: `${placeholder.field} is still “${placeholder.value}”: set ${placeholder.hint}`,
    where: `${placeholder.file}, line ${placeholder.line}`,
  }));
  if (mailProblem) items.push({ what: `No email is sent: ${mailProblem}`, where: "SMTP_URL (docs/email.md)" });
  return items;
}

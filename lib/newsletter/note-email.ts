import { composeEmail, type ComposedEmail } from "../email/compose-email";
import { formatNoteNumber } from "../content/note-display";
import type { Note } from "../content/notes";
import { leaveUrl } from "./links";
import { renderNoteForEmail } from "./note-email-body";
import type { NewsletterSettings } from "./settings";

/** Stands for a reader's own leave key in a note's email, written once and filled in for each reader. */
export const LEAVE_KEY_MARK = "LEAVE-KEY-MARK";

export function noteUrl(siteUrl: string, slug: string): string {
  return `${siteUrl.replace(/\/+$/, "")}/notes/${slug}`;
}

/**
 * A note as it goes out: its title, its summary, its opening section, a link to the page, and how to leave. Written
 * once per note with LEAVE_KEY_MARK where each reader's key goes (see `forReader`).
 */
export function noteEmail(note: Note, settings: NewsletterSettings, options: { test?: boolean } = {}): ComposedEmail {
  const url = noteUrl(settings.site.url, note.slug);
  const body = renderNoteForEmail(note.body, { noteUrl: url, siteUrl: settings.site.url, data: settings.noteData });
  const series = `${settings.seriesName} · ${formatNoteNumber(note.number)} · ${note.readingMinutes} min read`;
  return composeEmail(
    `${options.test ? "[Test] " : ""}${note.title}`,
    [
      { kind: "paragraph", text: series },
      { kind: "heading", text: note.title },
      { kind: "paragraph", text: note.summary },
      { kind: "rich", html: body.html, text: body.text },
      { kind: "button", label: body.truncated ? "Read the whole note" : "Read it on the site", href: url },
      options.test
        ? { kind: "small", text: "A test of how this note will arrive. Readers get it once, when it goes live, with their own unsubscribe link." }
        : {
            kind: "small",
            text: `You get this because you subscribed to ${settings.seriesName.toLowerCase()} from ${settings.site.name}. One click stops them:`,
            link: { label: "Unsubscribe", href: leaveUrl(settings.site.url, LEAVE_KEY_MARK) },
          },
    ],
    { masthead: { title: settings.site.name, subtitle: settings.seriesName } },
  );
}

/** The note's email for one reader: their own leave key in place of the mark. */
export function forReader(email: ComposedEmail, leaveToken: string): ComposedEmail {
  const fill = (text: string) => text.replaceAll(LEAVE_KEY_MARK, leaveToken);
  return { subject: email.subject, text: fill(email.text), html: fill(email.html) };
}

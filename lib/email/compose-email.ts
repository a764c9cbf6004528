import { renderEmailHtml } from "./email-html";

/**
 * The pieces an email is made of. Every email is written once as blocks and rendered twice, as plain text and as
 * HTML, so the two always say the same thing and every value passes through one escaping function.
 */
export type EmailBlock =
  | { kind: "paragraph"; text: string }
  /** Labelled values, one a row; a value may run over several lines, or be a link the site made (`href`). */
  | { kind: "details"; rows: readonly { label: string; value: string; href?: string }[] }
  | { kind: "link"; label: string; href: string }
  /**
   * A link the site made, drawn as a button: `primary` for the one thing to do, `quiet` beside it. In plain text it is
   * "Label: URL". Buttons that follow each other sit in one row, wrapping on a narrow screen.
   */
  | { kind: "button"; label: string; href: string; tone?: "primary" | "quiet" }
  | { kind: "list"; title: string; items: readonly string[] }
  /** A title in the heading face. */
  | { kind: "heading"; text: string }
  /**
   * Formatted text the queuer rendered itself, both ways (a note's opening section). The HTML goes in as it is: only
   * what the site wrote from its own content may be passed, never what a visitor typed.
   */
  | { kind: "rich"; html: string; text: string }
  /** Small print at the end (why this email came, how to stop it), with an optional link. */
  | { kind: "small"; text: string; link?: { label: string; href: string } };

/** What frames the blocks in the HTML part: a masthead (the site's name in the heading face, a line under it). */
export interface EmailFrame {
  masthead?: { title: string; subtitle?: string };
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

export function composeEmail(subject: string, blocks: readonly EmailBlock[], frame: EmailFrame = {}): ComposedEmail {
  return { subject, text: blocks.map(blockText).join("\n\n") + "\n", html: renderEmailHtml(subject, blocks, frame) };
}

function blockText(block: EmailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "details":
      return block.rows.map((row) => `${row.label}:${row.value.includes("\n") ? "\n" : " "}${row.value}`).join("\n");
    case "link":
      return `${block.label}:\n${block.href}`;
    case "button":
      return `${block.label}: ${block.href}`;
    case "list":
      return [block.title, ...block.items.map((item) => `- ${item}`)].join("\n");
    case "heading":
      return block.text;
    case "rich":
      return block.text.trim();
    case "small":
      return block.link ? `${block.text}\n${block.link.label}: ${block.link.href}` : block.text;
  }
}

import { escapeHtml } from "./escape-html";

/**
 * The pieces an email is made of. Every email is written once as blocks and rendered twice, as plain text and as
 * HTML, so the two always say the same thing and every value passes through one escaping function.
 */
export type EmailBlock =
  | { kind: "paragraph"; text: string }
  /** Labelled values, one a row; a value may run over several lines. */
  | { kind: "details"; rows: readonly { label: string; value: string }[] }
  | { kind: "link"; label: string; href: string }
  | { kind: "list"; title: string; items: readonly string[] };

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

export function composeEmail(subject: string, blocks: readonly EmailBlock[]): ComposedEmail {
  return { subject, text: blocks.map(blockText).join("\n\n") + "\n", html: htmlDocument(subject, blocks.map(blockHtml).join("\n")) };
}

function blockText(block: EmailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "details":
      return block.rows.map((row) => `${row.label}:${row.value.includes("\n") ? "\n" : " "}${row.value}`).join("\n");
    case "link":
      return `${block.label}:\n${block.href}`;
    case "list":
      return [block.title, ...block.items.map((item) => `- ${item}`)].join("\n");
  }
}

const paragraphStyle = "margin:0 0 16px;font-size:16px;line-height:1.5";

// Line breaks a visitor typed are kept as <br>: after escaping, so they cannot carry markup.
const multiline = (text: string) => escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>");

function blockHtml(block: EmailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p style="${paragraphStyle}">${multiline(block.text)}</p>`;
    case "details":
      return (
        `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse;font-size:16px;line-height:1.5">` +
        block.rows
          .map(
            (row) =>
              `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0;color:#555;font-weight:600">${escapeHtml(row.label)}</th>` +
              `<td style="padding:4px 0">${multiline(row.value)}</td></tr>`,
          )
          .join("") +
        `</table>`
      );
    case "link":
      return `<p style="${paragraphStyle}"><a href="${escapeHtml(block.href)}" style="color:#1d4ed8">${escapeHtml(block.label)}</a></p>`;
    case "list":
      return (
        `<p style="${paragraphStyle};margin-bottom:8px;font-weight:600">${escapeHtml(block.title)}</p>` +
        `<ul style="margin:0 0 16px;padding-left:24px;font-size:16px;line-height:1.5">${block.items.map((item) => `<li>${multiline(item)}</li>`).join("")}</ul>`
      );
  }
}

function htmlDocument(subject: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Georgia,serif">` +
    `<div style="max-width:600px;margin:0 auto">\n${body}\n</div></body></html>`
  );
}

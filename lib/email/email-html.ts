import type { EmailBlock, EmailFrame } from "./compose-email";
import { escapeHtml } from "./escape-html";

/**
 * The HTML part of every email, in the site's colours and type (app/globals.css): inline styles only, no external CSS,
 * fonts or images. One column at most 560px wide, so it reads the same at 390px as on a desktop; labelled values are
 * stacked (label above value), never two columns that wrap on a phone. Light colours are inline; a dark palette in a
 * <style> block takes over where a client honours prefers-color-scheme, and every text colour sits on a background
 * set next to it, so a client that inverts the colours itself inverts both.
 */

const light = {
  paper: "#fbfaf7",
  raised: "#f3f0e9",
  ink: "#1d1b18",
  muted: "#5d584f",
  rule: "#dcd6ca",
  accent: "#1e5c47",
  accentInk: "#ffffff",
};
const dark: typeof light = {
  paper: "#151412",
  raised: "#1f1d1a",
  ink: "#ebe6dc",
  muted: "#a9a296",
  rule: "#3a3631",
  accent: "#8fcbb3",
  accentInk: "#10231c",
};

// Web-safe stacks: the site's serif for headings falls back to Georgia, its system sans for text.
const serif = "Georgia,'Times New Roman',Times,serif";
const sans = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";

// Each colour an element takes from the palette is named by a class, which the dark palette overrides.
const darkRules =
  `.e-paper{background-color:${dark.paper}!important}` +
  `.e-raised{background-color:${dark.raised}!important;border-color:${dark.rule}!important}` +
  `.e-ink{color:${dark.ink}!important}` +
  `.e-muted{color:${dark.muted}!important}` +
  `.e-rule{border-color:${dark.rule}!important}` +
  `.e-link{color:${dark.accent}!important}` +
  `.e-primary{background-color:${dark.accent}!important;border-color:${dark.accent}!important;color:${dark.accentInk}!important}` +
  `.e-quiet{background-color:${dark.paper}!important;border-color:${dark.accent}!important;color:${dark.accent}!important}`;
// Outlook.com marks what it recolours in its own dark mode (data-ogsc: text, data-ogsb: backgrounds): there the same
// palette keeps the site's accent and the buttons' contrast.
const outlookRules =
  `[data-ogsc] .e-link,[data-ogsc] .e-quiet{color:${dark.accent}!important}` +
  `[data-ogsc] .e-primary{color:${dark.accentInk}!important}` +
  `[data-ogsb] .e-primary{background-color:${dark.accent}!important}`;
const styleSheet =
  `:root{color-scheme:light dark;supported-color-schemes:light dark}` +
  `body{margin:0!important;padding:0!important;width:100%!important}` +
  `@media (prefers-color-scheme: dark){${darkRules}}` +
  outlookRules;

const textStyle = `margin:0;font-family:${sans};font-size:16px;line-height:1.55;color:${light.ink}`;

/** The palette and faces, for formatted text a queuer renders itself (a note's section) to match the frame. */
export const emailStyle = { light, serif, sans };

/** Only links the site made are links: http(s) and mailto. Anything else is shown as text, never as an href. */
export const isLinkable = (href: string) => /^(https?:\/\/|mailto:)[^\s"'<>]+$/i.test(href);

// Line breaks a visitor typed are kept as <br>: after escaping, so they cannot carry markup.
const multiline = (text: string) => escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>");

// Long addresses break anywhere rather than push the column wider than a phone.
const wrapAnywhere = "overflow-wrap:anywhere;word-break:break-word";

const anchor = (href: string, label: string) =>
  isLinkable(href)
    ? `<a href="${escapeHtml(href)}" class="e-link" style="color:${light.accent};text-decoration:underline;${wrapAnywhere}">${escapeHtml(label)}</a>`
    : escapeHtml(label);

const paragraph = (inner: string, extra = "") => `<p class="e-ink" style="${textStyle}${extra}">${inner}</p>`;

function blockHtml(block: Exclude<EmailBlock, { kind: "button" }>): string {
  switch (block.kind) {
    case "paragraph":
      return paragraph(multiline(block.text));
    case "details":
      return (
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="e-raised" bgcolor="${light.raised}" ` +
        `style="width:100%;border-collapse:separate;background-color:${light.raised};border:1px solid ${light.rule};border-radius:8px">` +
        `<tr><td style="padding:14px 18px">` +
        block.rows
          .map(
            (row, index) =>
              `<div class="e-muted" style="margin:${index === 0 ? 0 : 12}px 0 2px;font-family:${sans};font-size:13px;line-height:1.4;font-weight:600;letter-spacing:0.02em;color:${light.muted}">${escapeHtml(row.label)}</div>` +
              `<div class="e-ink" style="margin:0;font-family:${sans};font-size:16px;line-height:1.5;color:${light.ink};${wrapAnywhere}">` +
              `${row.href && isLinkable(row.href) ? anchor(row.href, row.value) : multiline(row.value)}</div>`,
          )
          .join("") +
        `</td></tr></table>`
      );
    case "link":
      return paragraph(anchor(block.href, block.label));
    case "list":
      return (
        `<h2 class="e-ink" style="margin:0 0 8px;font-family:${serif};font-size:19px;line-height:1.3;font-weight:600;color:${light.ink}">${escapeHtml(block.title)}</h2>` +
        `<ul style="margin:0;padding:0 0 0 22px">` +
        block.items.map((item) => `<li class="e-ink" style="${textStyle};margin:0 0 6px">${multiline(item)}</li>`).join("") +
        `</ul>`
      );
    case "heading":
      return `<h1 class="e-ink" style="margin:0;font-family:${serif};font-size:26px;line-height:1.25;font-weight:600;color:${light.ink}">${escapeHtml(block.text)}</h1>`;
    case "rich":
      return `<div class="e-ink" style="font-family:${sans};font-size:16px;line-height:1.6;color:${light.ink}">${block.html}</div>`;
    case "small":
      return (
        `<p class="e-muted e-rule" style="margin:0;padding:16px 0 0;border-top:1px solid ${light.rule};font-family:${sans};font-size:13px;line-height:1.5;color:${light.muted}">` +
        `${multiline(block.text)}${block.link ? ` ${anchor(block.link.href, block.link.label)}` : ""}</p>`
      );
  }
}

type Button = Extract<EmailBlock, { kind: "button" }>;

// A bulletproof button: the colour is the cell's (bgcolor, which every client draws) and the link's own padding makes
// the whole of it clickable. Buttons in a row are inline blocks, so on a phone the second wraps under the first.
function buttonHtml(button: Button): string {
  if (!isLinkable(button.href)) return paragraph(`${escapeHtml(button.label)}: ${escapeHtml(button.href)}`);
  const primary = (button.tone ?? "primary") === "primary";
  const [background, color, tone] = primary ? [light.accent, light.accentInk, "e-primary"] : [light.paper, light.accent, "e-quiet"];
  return (
    `<div style="display:inline-block;vertical-align:top;margin:0 12px 12px 0">` +
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate"><tr>` +
    `<td align="center" bgcolor="${background}" class="${tone}" style="border-radius:999px;background-color:${background}">` +
    `<a href="${escapeHtml(button.href)}" target="_blank" class="${tone}" style="display:inline-block;padding:12px 22px;border:1px solid ${light.accent};border-radius:999px;` +
    `background-color:${background};color:${color};font-family:${sans};font-size:16px;line-height:1.25;font-weight:600;text-decoration:none">${escapeHtml(button.label)}</a>` +
    `</td></tr></table></div>`
  );
}

/** Blocks in order, with buttons that follow each other gathered into one row (each button keeps 12px below it). */
function rows(blocks: readonly EmailBlock[]): { html: string; space: number }[] {
  const out: { html: string; space: number }[] = [];
  let buttons: Button[] = [];
  const flush = () => {
    if (buttons.length) out.push({ html: buttons.map(buttonHtml).join(""), space: 16 });
    buttons = [];
  };
  for (const block of blocks) {
    if (block.kind === "button") {
      buttons.push(block);
      continue;
    }
    flush();
    out.push({ html: blockHtml(block), space: 20 });
  }
  flush();
  return out;
}

function masthead(frame: EmailFrame): string {
  if (!frame.masthead) return "";
  const { title, subtitle } = frame.masthead;
  return (
    `<tr><td class="e-rule" style="padding:0 0 14px;border-bottom:1px solid ${light.rule}">` +
    `<div class="e-ink" style="font-family:${serif};font-size:22px;line-height:1.25;font-weight:600;color:${light.ink}">${escapeHtml(title)}</div>` +
    (subtitle ? `<div class="e-muted" style="margin:2px 0 0;font-family:${sans};font-size:14px;line-height:1.4;color:${light.muted}">${escapeHtml(subtitle)}</div>` : "") +
    `</td></tr><tr><td style="font-size:0;line-height:0;height:24px">&nbsp;</td></tr>`
  );
}

export function renderEmailHtml(subject: string, blocks: readonly EmailBlock[], frame: EmailFrame): string {
  const body = rows(blocks)
    .map((row) => `<tr><td style="padding:0 0 ${row.space}px">${row.html}</td></tr>`)
    .join("\n");
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="x-apple-disable-message-reformatting">` +
    `<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">` +
    `<title>${escapeHtml(subject)}</title><style>${styleSheet}</style></head>` +
    `<body class="e-paper" bgcolor="${light.paper}" style="margin:0;padding:0;background-color:${light.paper};color:${light.ink};-webkit-text-size-adjust:100%">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="e-paper" bgcolor="${light.paper}" style="width:100%;background-color:${light.paper}">` +
    `<tr><td align="center" style="padding:28px 16px">` +
    `<!--[if mso]><table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:560px;margin:0 auto;text-align:left">\n` +
    masthead(frame) +
    `${body}\n</table>` +
    `<!--[if mso]></td></tr></table><![endif]-->` +
    `</td></tr></table></body></html>`
  );
}

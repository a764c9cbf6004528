import { describe, expect, it } from "vitest";
import { composeEmail, type EmailBlock } from "@/lib/email/compose-email";

const HOSTILE = `<script>alert("x")</script> & 'quotes'`;
const ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;";

const every: EmailBlock[] = [
  { kind: "paragraph", text: HOSTILE },
  { kind: "details", rows: [{ label: HOSTILE, value: HOSTILE }, { label: "Video link", value: "https://meet.example.com/x?a=1&b=2", href: "https://meet.example.com/x?a=1&b=2" }] },
  { kind: "link", label: HOSTILE, href: "https://ko.example/admin/calendars" },
  { kind: "button", label: HOSTILE, href: "https://meet.example.com/x", tone: "primary" },
  { kind: "button", label: "Move or cancel", href: "https://ko.example/book/manage/key", tone: "quiet" },
  { kind: "list", title: HOSTILE, items: [HOSTILE, "two\nlines"] },
];
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));

describe("an email's HTML part", () => {
  const email = composeEmail(`Subject ${HOSTILE}`, every, { masthead: { title: HOSTILE, subtitle: HOSTILE } });

  it("escapes every value: subject, masthead, paragraphs, labels, values, link and button labels, list titles and items", () => {
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(`<title>Subject ${ESCAPED}</title>`);
    // title, masthead title and subtitle, paragraph, details label and value, link, button, list title and item
    expect(email.html.split(ESCAPED).length - 1).toBe(10);
    expect(email.html).toContain("two<br>lines");
  });

  it("draws buttons as bulletproof table cells, the link inside carrying the href first", () => {
    expect(email.html).toMatch(/<td align="center" bgcolor="#1e5c47"[^>]*><a href="https:\/\/meet\.example\.com\/x"/);
    expect(email.html).toMatch(/<td align="center" bgcolor="#fbfaf7"[^>]*><a href="https:\/\/ko\.example\/book\/manage\/key"/);
  });

  it("is one column: labels stacked above their values, no two-column rows, at most 560px wide", () => {
    expect(email.html).not.toMatch(/<th\b/);
    expect(email.html).toContain("max-width:560px");
    expect(email.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it("is dark-mode safe: colour-scheme metas and a dark palette for clients that honour prefers-color-scheme", () => {
    expect(email.html).toContain('<meta name="color-scheme" content="light dark">');
    expect(email.html).toContain('<meta name="supported-color-schemes" content="light dark">');
    expect(email.html).toMatch(/<style>[^<]*@media \(prefers-color-scheme: dark\)\{[^<]*\.e-ink\{color:#ebe6dc!important\}/);
    // The page's background is set wherever its text colour is.
    expect(email.html).toMatch(/<body class="e-paper" bgcolor="#fbfaf7" style="[^"]*background-color:#fbfaf7;color:#1d1b18/);
  });

  it("loads nothing: no stylesheets, fonts or images from elsewhere", () => {
    expect(email.html).not.toMatch(/<link\b|<img\b|\bsrc=|url\(|@import|@font-face/i);
  });

  it("has no link the plain-text part lacks", () => {
    expect(hrefs(email.html).length).toBe(4);
    for (const href of hrefs(email.html)) expect(email.text).toContain(href);
  });
});

describe("an email's plain-text part", () => {
  it("writes a button as its label and address, a link's address under its label", () => {
    const { text } = composeEmail("s", every);
    expect(text).toContain("Move or cancel: https://ko.example/book/manage/key");
    expect(text).toContain(`${HOSTILE}:\nhttps://ko.example/admin/calendars`);
    expect(text).toContain(`Video link: https://meet.example.com/x?a=1&b=2`);
    expect(text).toContain(`${HOSTILE}\n- ${HOSTILE}\n- two\nlines`);
  });
});

describe("links only where the site made them", () => {
  for (const href of ["javascript:alert(1)", "data:text/html,<b>x</b>", "/relative", 'https://x.example/"onmouseover="alert(1)']) {
    it(`${href} is shown as text, never as an href`, () => {
      const { html, text } = composeEmail("s", [
        { kind: "link", label: "A link", href },
        { kind: "button", label: "A button", href },
        { kind: "details", rows: [{ label: "A row", value: href, href }] },
      ]);
      expect(html).not.toContain("href=");
      expect(html).not.toContain("<b>");
      expect(text).toContain(`A button: ${href}`);
    });
  }
});

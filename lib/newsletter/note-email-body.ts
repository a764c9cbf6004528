import type { Element, Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Root, RootContent } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toHast } from "mdast-util-to-hast";
import { toMarkdown } from "mdast-util-to-markdown";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import { emailStyle } from "../email/email-html";
import type { NoteEmailData } from "./settings";

/** A note's opening as an email carries it: HTML with inline styles (what mail clients keep) and clean text. */
export interface NoteEmailBody {
  html: string;
  text: string;
  /** Whether the note goes on after what is included. */
  truncated: boolean;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const { light, serif, sans } = emailStyle;
const mono = "ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace";

// Inline styles by element, in the email frame's palette: a mail client drops <style> rules more often than not.
const styles: Record<string, string> = {
  p: "margin:0 0 16px",
  h2: `margin:24px 0 10px;font-family:${serif};font-size:21px;line-height:1.3;font-weight:600`,
  h3: `margin:20px 0 8px;font-family:${serif};font-size:18px;line-height:1.3;font-weight:600`,
  a: `color:${light.accent};text-decoration:underline;overflow-wrap:anywhere`,
  ul: "margin:0 0 16px;padding:0 0 0 22px",
  ol: "margin:0 0 16px;padding:0 0 0 22px",
  li: "margin:0 0 6px",
  blockquote: `margin:0 0 16px;padding:0 0 0 14px;border-left:3px solid ${light.rule};color:${light.muted}`,
  pre: `margin:0 0 16px;padding:12px 14px;background-color:${light.raised};border:1px solid ${light.rule};border-radius:6px;overflow-x:auto;white-space:pre;font-family:${mono};font-size:13px;line-height:1.5`,
  code: `font-family:${mono};font-size:0.9em`,
  img: "display:block;max-width:100%;height:auto;margin:0 0 16px;border:0",
  table: "border-collapse:collapse;margin:0 0 16px;width:100%",
  th: `border:1px solid ${light.rule};padding:6px 8px;text-align:left`,
  td: `border:1px solid ${light.rule};padding:6px 8px;text-align:left`,
  hr: `border:0;border-top:1px solid ${light.rule};margin:24px 0`,
};
// Classes the frame's dark palette overrides, so the section turns dark with the rest of the email.
const classes: Record<string, string> = { a: "e-link", pre: "e-raised", blockquote: "e-muted e-rule" };

/**
 * Renders the opening of a note's MDX body for email: the text before the first section and the first section (or
 * the whole note when `whole`). Components are replaced by what they contain, code in the body is left out, and
 * every link and image points at the site, so the email reads on its own in any mail client.
 */
export function renderNoteForEmail(body: string, options: { noteUrl: string; siteUrl: string; data: NoteEmailData; whole?: boolean }): NoteEmailBody {
  const tree = parser.parse(body) as Root;
  plainMarkdown(tree, options.data);
  const cut = options.whole ? -1 : secondSectionIndex(tree);
  const truncated = cut >= 0;
  if (truncated) tree.children = tree.children.slice(0, cut);
  absoluteUrls(tree, options);
  const hast = toHast(tree) as HastRoot;
  visit(hast, "element", (node: Element) => {
    const style = styles[node.tagName];
    if (style) node.properties = { ...node.properties, style: [node.properties.style, style].filter(Boolean).join(";") };
    const className = classes[node.tagName];
    if (className) node.properties = { ...node.properties, className: className.split(" ") };
    if (node.tagName === "a") node.properties = { ...node.properties, target: "_blank" };
  });
  return { html: toHtml(hast), text: toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: "-" }).trim(), truncated };
}

type Attributes = Record<string, string>;
type Replacement = (attributes: Attributes, data: NoteEmailData) => RootContent[];

const text = (value: string) => ({ type: "text" as const, value });
const link = (url: string, label: string) => ({ type: "link" as const, url, children: [text(label)] });

// What each component a note may use becomes in an email (see lib/content/note-components.ts); any other is replaced
// by what it contains.
const replacements: Record<string, Replacement> = {
  EngagementRange: ({ id }, data) => (id && data.ranges[id] ? [link("/engagements", data.ranges[id])] : []),
  StartConversation: ({ label }) => [{ type: "paragraph", children: [link("/book", label || "Start a conversation")] }],
  ReadinessSignals: (_attributes, { readiness }) => [
    { type: "paragraph", children: [{ type: "strong", children: [text(readiness.legend)] }] },
    {
      type: "list",
      ordered: false,
      spread: false,
      children: readiness.signals.map((signal) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: [text(signal)] }] })),
    },
    { type: "paragraph", children: [link("/#readiness", "Take the self-check on the site")] },
  ],
};

function attributesOf(node: { attributes: { type: string; name?: string; value?: unknown }[] }): Attributes {
  const attributes: Attributes = {};
  for (const attribute of node.attributes) if (attribute.type === "mdxJsxAttribute" && attribute.name && typeof attribute.value === "string") attributes[attribute.name] = attribute.value;
  return attributes;
}

/** Leaves plain Markdown: the site's components become what they show, others their children; code goes. */
function plainMarkdown(tree: Root, data: NoteEmailData): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    switch (node.type) {
      case "mdxjsEsm":
      case "mdxFlowExpression":
      case "mdxTextExpression":
        parent.children.splice(index, 1);
        return [SKIP, index];
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const replace = node.name ? replacements[node.name] : undefined;
        const nodes = replace ? replace(attributesOf(node), data) : node.children;
        parent.children.splice(index, 1, ...(nodes as typeof parent.children));
        return [SKIP, index];
      }
    }
  });
}

/** Where the second h2 begins: the first section ends there. -1 when the note has fewer than two. */
function secondSectionIndex(tree: Root): number {
  let seen = 0;
  return tree.children.findIndex((node: RootContent) => node.type === "heading" && node.depth === 2 && ++seen === 2);
}

function absoluteUrls(tree: Root, { noteUrl, siteUrl }: { noteUrl: string; siteUrl: string }): void {
  const site = siteUrl.replace(/\/+$/, "");
  const absolute = (url: string) => (url.startsWith("#") ? noteUrl + url : url.startsWith("/") ? site + url : url);
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition") node.url = absolute(node.url);
  });
}

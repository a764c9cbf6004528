import GithubSlugger from "github-slugger";
import type { Root, RootContent } from "mdast";
import type { MdxJsxAttributeValueExpression } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export interface NoteSection {
  id: string;
  title: string;
}

/** Something in a note's body that points elsewhere, with its line in the file. */
export interface BodyReference {
  line?: number;
}
export interface BodyLink extends BodyReference { url: string }
export interface BodyImage extends BodyReference { url: string; alt: string }
export interface BodyComponent extends BodyReference { name: string; attributes: Record<string, string | true> }

/**
 * Code in the body, which MDX runs when the page is built or rendered: `{…}` in the text, an `import` or `export`
 * line, an attribute written `title={…}` (unless it is a plain "string") or a spread `<Callout {...props}>`.
 * The attribute kinds carry the component's name.
 */
export type BodyExpression = BodyReference &
  ({ kind: "text" | "esm"; code: string } | { kind: "attribute" | "spread"; code: string; element: string; attribute?: string });

export interface NoteBody {
  /** The h2 sections, with the ids the rendered headings get. */
  sections: NoteSection[];
  links: BodyLink[];
  images: BodyImage[];
  components: BodyComponent[];
  expressions: BodyExpression[];
  /** Ids every heading gets, for checking #anchors. */
  headingIds: string[];
}

export class MdxSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
  ) {
    super(reason);
  }
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

/** Reads a whole note file (frontmatter included, so lines match the editor) as MDX, without compiling it. */
export function analyzeNoteBody(source: string): NoteBody {
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    const { reason = String(error), line } = error as { reason?: string; line?: number };
    // Some messages carry their place only in the text: "Expected a closing tag for `<Callout>` (8:1-8:22)".
    const placeInText = reason.match(/\((\d+):\d+(?:-\d+:\d+)?\)/);
    const plainReason = placeInText ? reason.replace(placeInText[0], "").trim() : reason;
    throw new MdxSyntaxError(explainMdxError(plainReason), line ?? (placeInText ? Number(placeInText[1]) : undefined));
  }
  const slugger = new GithubSlugger();
  const body: NoteBody = { sections: [], links: [], images: [], components: [], expressions: [], headingIds: [] };
  visit(tree, (node: Root | RootContent) => {
    const line = node.position?.start.line;
    if (node.type === "heading") {
      const title = toString(node);
      const id = slugger.slug(title);
      body.headingIds.push(id);
      if (node.depth === 2) body.sections.push({ id, title });
    } else if (node.type === "link" || node.type === "definition") {
      body.links.push({ url: node.url, line });
    } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) body.expressions.push({ kind: "text", code: node.value, line });
    } else if (node.type === "mdxjsEsm") {
      body.expressions.push({ kind: "esm", code: node.value, line });
    } else if (node.type === "image") {
      body.images.push({ url: node.url, alt: node.alt ?? "", line });
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      if (!node.name) return;
      const attributes: Record<string, string | true> = {};
      for (const attribute of node.attributes) {
        const attributeLine = attribute.position?.start.line ?? line;
        if (attribute.type === "mdxJsxExpressionAttribute") {
          body.expressions.push({ kind: "spread", code: attribute.value, element: node.name, line: attributeLine });
          continue;
        }
        const value = attribute.value;
        if (value == null || typeof value === "string") {
          attributes[attribute.name] = value ?? true;
          continue;
        }
        const text = stringLiteral(value);
        if (text === undefined) {
          body.expressions.push({ kind: "attribute", code: value.value, element: node.name, attribute: attribute.name, line: attributeLine });
        }
        attributes[attribute.name] = text ?? value.value;
      }
      body.components.push({ name: node.name, attributes, line });
      if (node.name === "a" && typeof attributes.href === "string") body.links.push({ url: attributes.href, line });
      if (node.name === "img") body.images.push({ url: String(attributes.src ?? ""), alt: String(attributes.alt ?? ""), line });
    }
  });
  return body;
}

// tone={"warning"} means the same as tone="warning": a lone string literal, as MDX's parser read it, runs nothing.
// Anything else in the braces (a name, a `${template}`, "a" + b) is code.
function stringLiteral(value: MdxJsxAttributeValueExpression): string | undefined {
  const [statement, ...rest] = value.data?.estree?.body ?? [];
  if (rest.length || statement?.type !== "ExpressionStatement") return undefined;
  const { expression } = statement;
  return expression.type === "Literal" && typeof expression.value === "string" ? expression.value : undefined;
}

/** MDX's parser speaks to programmers; say the commonest causes in a writer's words. */
function explainMdxError(reason: string): string {
  if (/U\+0021/.test(reason)) return "HTML comments (<!-- … -->) do not work in notes: write {/* like this */} instead";
  if (/before name/.test(reason)) return "a < is read as the start of a component: write &lt; to show the character";
  if (/acorn|expression/i.test(reason)) return `${reason} (a { starts code in notes: write \\{ for a brace in the text)`;
  return reason;
}

import type { BodyExpression } from "./note-body";
import { readNoteBody, type Note } from "./notes";
import type { ContentProblem } from "./problems";

export interface ReferenceContext {
  /** Every note that reads correctly, published or not. */
  notes: readonly Note[];
  /** The address of every note file, including ones with mistakes, so a typo in one note is not reported twice. */
  noteSlugs: ReadonlySet<string>;
  /** Paths the site serves besides notes and tags: "/", "/engagements", "/feed.xml"… */
  routes: ReadonlySet<string>;
  /** Files under public/, as paths from the site root: "/notes/my-note/diagram.png". */
  publicFiles: ReadonlySet<string>;
  /** The components a note can use without importing them, with the check each one's props need. */
  components: Readonly<Record<string, ComponentRule>>;
}

/** Returns what is wrong with a component's attributes, or nothing. */
export type ComponentRule = (attributes: Record<string, string | true>) => string | undefined;

/** Checks what each note's body points at: pages, anchors, images and components. */
export function checkNoteReferences(context: ReferenceContext): ContentProblem[] {
  const drafts = new Set(context.notes.filter((note) => note.draft).map((note) => note.slug));
  const tags = new Set(context.notes.flatMap((note) => note.tags));
  return context.notes.flatMap((note) => {
    const problems: ContentProblem[] = [];
    const report = (line: number | undefined, field: string, message: string) => problems.push({ file: note.file, line, field, message });
    const { links, images, components, expressions, headingIds } = readNoteBody(note);

    for (const { url, line } of links) {
      const problem = checkLink(url, { ...context, tags, headingIds });
      if (problem) report(line, "link", problem);
      const target = url.match(/^\/notes\/([^/?#]+)/)?.[1];
      if (!note.draft && target && drafts.has(target)) report(line, "link", `${url} points to a draft, which readers cannot open yet`);
    }
    for (const { url: rawUrl, alt, line } of images) {
      const url = safeDecode(rawUrl);
      if (!alt.trim()) report(line, "image", `${rawUrl} has no alt text: add a short description of what the image shows`);
      if (url.startsWith("/") && !context.publicFiles.has(url)) {
        report(line, "image", `${url} does not exist: put the file in public${url}`);
      } else if (url.startsWith("/") && !url.startsWith(`/notes/${note.slug}/`)) {
        report(line, "image", `${url} should live in public/notes/${note.slug}/, with this note's other images`);
      } else if (!url.startsWith("/") && !/^https?:/.test(url)) {
        report(line, "image", `${url} must start with /notes/${note.slug}/ (the file goes in public/notes/${note.slug}/)`);
      }
    }
    for (const expression of expressions) report(expression.line, "body", describeCode(expression));
    for (const { name, attributes, line } of components) {
      if (htmlElements.has(name)) continue;
      // Only the table's own names: <constructor> or <__proto__> is an unknown component, not Object's.
      const rule = Object.hasOwn(context.components, name) ? context.components[name] : undefined;
      if (!rule) {
        const known = Object.keys(context.components).map((n) => `<${n}>`).join(", ");
        report(line, "component", `<${name}> is not a component notes can use (known: ${known})`);
        continue;
      }
      const problem = rule(attributes);
      if (problem) report(line, "component", `<${name}>: ${problem}`);
    }
    return problems;
  });
}

// Each kind of code MDX would run, and what the writer meant instead.
function describeCode(expression: BodyExpression): string {
  switch (expression.kind) {
    case "text":
      return `{${expression.code}} is read as code, not text: write \\{ and \\} for braces in the text`;
    case "esm":
      return `${expression.code.split("\n")[0]} is code, which notes cannot run: the components need no import, and text must not start with import or export`;
    case "attribute":
      return `<${expression.element} ${expression.attribute}={${expression.code}}> is code, not text: write the value in quotes, like ${expression.attribute}="…"`;
    case "spread":
      return `<${expression.element} {${expression.code}}> is code, not text: write each attribute as name="value"`;
  }
}

function checkLink(
  url: string,
  context: ReferenceContext & { tags: Set<string>; headingIds: string[] },
): string | undefined {
  if (/^(https?:|mailto:|tel:)/.test(url)) return undefined;
  if (url.startsWith("#")) {
    const id = decodeURIComponent(url.slice(1));
    return context.headingIds.includes(id) ? undefined : `${url} is not a heading in this note`;
  }
  if (!url.startsWith("/")) return `${url} is not a link the site can follow: start it with / for a page here, or https:// for another site`;
  const path = safeDecode(url.split(/[?#]/)[0]!).replace(/(.)\/$/, "$1");
  const note = path.match(/^\/notes\/([^/]+)$/)?.[1];
  if (note && path !== "/notes") {
    return context.noteSlugs.has(note) ? undefined : `${url} points to a note that does not exist`;
  }
  const tag = path.match(/^\/notes\/tags\/([^/]+)$/)?.[1];
  if (tag) return context.tags.has(tag) ? undefined : `${url} points to a tag no note uses`;
  if (context.routes.has(path) || context.publicFiles.has(path)) return undefined;
  return `${url} points to a page that does not exist`;
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

// HTML that MDX passes through as it is; any other lowercase name (a mistyped <callout>) is reported.
const htmlElements = new Set(
  "a abbr b blockquote br cite code dd del details dfn div dl dt em figcaption figure hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td th thead tr u ul var".split(" "),
);

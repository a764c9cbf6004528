import fs from "node:fs";
import path from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from "yaml";
import { displayPath } from "./problems";

/** A value the project ships with that the consultant has not replaced yet. */
export interface Placeholder {
  file: string;
  line: number;
  /** Its dotted name, like engagements.0.investment.low. */
  field: string;
  value: string;
  /** What to put there instead. */
  hint: string;
}

// A value is a placeholder when its line says so (`name: Your Name # placeholder: your name as clients know it`), or
// when it is an address on a domain reserved for examples (example.com, *.example, *.test, *.invalid), which no email
// reaches and no browser opens. The marker goes when the value is set; an example domain cannot be missed either way.
const MARKER = /^\s*placeholder\b:?\s*(.*)$/i;
const EXAMPLE_DOMAIN = /(?:^|[@./])(?:example\.(?:com|org|net)|[a-z0-9-]+\.(?:example|test|invalid))(?:[/:?#]|$)/i;

/** Every placeholder left in the content folder's settings files (*.yaml), file by file, top to bottom. */
export function findPlaceholders(contentDir: string): Placeholder[] {
  if (!fs.existsSync(contentDir)) return [];
  return fs
    .readdirSync(contentDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .flatMap((name) => placeholdersIn(path.join(contentDir, name)));
}

function placeholdersIn(file: string): Placeholder[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(fs.readFileSync(file, "utf8"), { lineCounter });
  if (document.errors.length) return []; // content:check reports the broken file itself
  const found: Placeholder[] = [];
  visit(document, {
    Scalar(_key, node, ancestors) {
      const field = fieldOf(ancestors, node);
      if (field === undefined) return;
      const marker = node.comment?.match(MARKER);
      const value = String(node.value ?? "");
      const example = !marker && /^(https?:\/\/|[^\s@]+@)/.test(value) && EXAMPLE_DOMAIN.test(value);
      if (!marker && !example) return;
      const hint = marker?.[1]?.trim() || (example ? "an address on your own domain: this one is reserved for examples" : "your own value");
      found.push({ file: displayPath(file), line: lineCounter.linePos(node.range?.[0] ?? 0).line, field, value, hint });
    },
  });
  return found;
}

/** The dotted name of a value (not of a key) from its ancestors; undefined for keys and for the document itself. */
function fieldOf(ancestors: readonly unknown[], node: Node): string | undefined {
  const parts: string[] = [];
  let child: unknown = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i];
    if (isPair(parent)) {
      if (parent.key === child) return undefined;
      parts.unshift(String(isScalar(parent.key) ? parent.key.value : parent.key));
    } else if (isSeq(parent)) {
      parts.unshift(String(parent.items.indexOf(child as never)));
    } else if (!isMap(parent)) {
      break;
    }
    child = parent;
  }
  return parts.length ? parts.join(".") : undefined;
}

/** The warning block `npm run content:check` (and so `npm run build`) prints while placeholders are left; "" when none. */
export function placeholderWarning(placeholders: readonly Placeholder[]): string {
  if (placeholders.length === 0) return "";
  const count = placeholders.length === 1 ? "1 placeholder is" : `${placeholders.length} placeholders are`;
  return [
    `${count} still in the content. The site builds and runs, but replace ${placeholders.length === 1 ? "it" : "them"} before you publish:`,
    ...placeholders.map((p) => `  ${p.file}:${p.line}: ${p.field}: ${JSON.stringify(p.value)} (${p.hint})`),
    'Set each value and delete its "# placeholder" note. Until then the admin lists them too.',
  ].join("\n");
}

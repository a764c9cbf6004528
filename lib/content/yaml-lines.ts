import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";

type Path = (string | number)[];

/**
 * Finds the line in the file of a field of a YAML text, by its dotted name ("engagements.0.range.low"): the line of
 * its key, or for a missing field the line of its nearest parent that is there; a missing top-level field has no line.
 * lineOffset: lines before the YAML starts. The text is parsed on the first question, so a file with no problem to
 * place costs nothing.
 */
export function yamlLineFinder(yamlText: string, lineOffset = 0): (field: string) => number | undefined {
  let parsed: { lineCounter: LineCounter; document: Document } | undefined;
  return (field) => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { lineCounter, document: parseDocument(yamlText, { lineCounter }) };
    }
    const { lineCounter, document } = parsed;
    const path = field.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    for (let length = path.length; length > 0; length--) {
      const offset = startOf(document, path.slice(0, length));
      if (offset !== undefined) return lineCounter.linePos(offset).line + lineOffset;
    }
    return undefined;
  };
}

// Where a field starts: its key in a mapping, or the item itself in a list.
function startOf(document: Document, path: Path): number | undefined {
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
    return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
  }
  if (isSeq(parent) && typeof last === "number") {
    const item = parent.items[last];
    return isNode(item) ? item.range?.[0] : undefined;
  }
  return undefined;
}

/** A piece of running text, and whether a line must not break inside it. */
export interface TextPart {
  text: string;
  keepTogether: boolean;
}

// A number joined by a hyphen to a word or two: "30-minute", "2-to-3-week". A phone would otherwise break the line
// after the hyphen, leaving "30-" at the end of a headline's line.
const numberCompound = /\d+(?:[-‐‑][\p{L}\d]+)+/gu;

/** Splits text so that number-word compounds ("30-minute") can be kept on one line; the text itself is unchanged. */
export function splitUnbreakable(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(numberCompound)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), keepTogether: false });
    parts.push({ text: match[0], keepTogether: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), keepTogether: false });
  return parts;
}

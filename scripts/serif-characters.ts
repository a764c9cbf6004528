// Which characters go in which cut of the serif. Every page downloads the core cut; a browser fetches the rest cut only
// for a page that shows one of its characters (each cut's @font-face names its characters in unicode-range).
import fs from "node:fs";
import path from "node:path";

const printableAscii = String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i));

/** Printable ASCII and the marks the site's running text uses: what almost every page shows. */
export const CORE_CHARACTERS = `${printableAscii}\u00a0\u00b7\u00d7\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2192`;

/** Marks a note may well use one day (prices, dates, fractions): in the rest cut whether or not a file has them now. */
export const RARE_CHARACTERS = "\u2190€£§©®°±½¼¾";

// Where the site's text comes from: the consultant's files and every string the pages and emails print.
const textRoots = ["content", "app", "components", "lib"];
const textExtensions = new Set([".mdx", ".md", ".yaml", ".yml", ".ts", ".tsx", ".json"]);

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return textExtensions.has(path.extname(entry.name)) ? [full] : [];
  });
}

/** Every character the site's files can set in the serif that the core cut lacks, with the rare marks: the rest cut. */
export function restCharacters(root = "."): string {
  const characters = new Set(RARE_CHARACTERS);
  for (const file of textRoots.flatMap((dir) => filesUnder(path.join(root, dir)))) {
    for (const character of fs.readFileSync(file, "utf8")) {
      const code = character.codePointAt(0)!;
      // Control characters and emoji are never set in the serif.
      if (code >= 0x20 && code < 0x2400 && code !== 0x7f && !CORE_CHARACTERS.includes(character)) characters.add(character);
    }
  }
  return [...characters].sort().join("");
}

/** A CSS unicode-range for a set of characters, runs of code points joined: "U+20-7E, U+A0, U+2018-2019". */
export function unicodeRange(characters: string): string {
  const codes = [...new Set([...characters].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const hex = (code: number) => code.toString(16).toUpperCase();
  const runs: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    runs.push(i === j ? `U+${hex(codes[i]!)}` : `U+${hex(codes[i]!)}-${hex(codes[j]!)}`);
    i = j + 1;
  }
  return runs.join(", ");
}

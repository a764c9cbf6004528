// Cuts Source Serif 4 down to the characters and weights the site sets, so the font every page preloads is small.
// The full fonts stay in assets/fonts/source/; the site loads the cut ones written beside this list. Run it again
// after adding text in a new script or with unusual punctuation: `npx tsx scripts/subset-font.ts`.
// Characters outside the cut (a visitor's name in another alphabet, say) are drawn by the metric-matched fallback.
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

const fontsDir = "assets/fonts";
const sourceDir = path.join(fontsDir, "source");
// Where the site's text comes from: the consultant's files and every string the pages and emails print.
const textRoots = ["content", "app", "components", "lib"];
const textExtensions = new Set([".mdx", ".md", ".yaml", ".yml", ".ts", ".tsx", ".json"]);
// Printable ASCII and the typographic marks the site's copy uses, whether or not a file has them today.
const alwaysIncluded = `${String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i))}\u00a0‘’“”–—…•·×→←€£§©®°±½¼¾`;
// The weights the site sets (400 text, 500 and 600 labels, 700 the notes' subheadings); narrowing the axis halves the file.
const weights = { min: 400, max: 700 };
// The OpenType features a browser applies by itself (kerning, ligatures, contextual forms, marks on letters) and the
// one the site asks for (tabular-nums); the font's small caps, fractions and other alternates are left out.
const features = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum"];
// subset-font takes keepFeatures, which its own type declaration does not list yet.
const options: Parameters<typeof subsetFont>[2] & { keepFeatures: string[] } = {
  targetFormat: "woff2",
  variationAxes: { wght: weights },
  keepFeatures: features,
};

const faces = [
  { from: "source-serif-4-latin-wght-normal.woff2", to: "source-serif-4-site-wght-normal.woff2" },
  { from: "source-serif-4-latin-wght-italic.woff2", to: "source-serif-4-site-wght-italic.woff2" },
];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return textExtensions.has(path.extname(entry.name)) ? [full] : [];
  });
}

/** Every character that can appear in the site's text: letters outside ASCII only when some file uses them. */
function siteCharacters(roots: readonly string[]): string {
  const characters = new Set(alwaysIncluded);
  for (const file of roots.flatMap(filesUnder)) {
    for (const character of fs.readFileSync(file, "utf8")) {
      const code = character.codePointAt(0)!;
      // Control characters and emoji are never set in the serif.
      if (code >= 0x20 && code < 0x2400 && code !== 0x7f) characters.add(character);
    }
  }
  return [...characters].sort().join("");
}

async function main() {
  const text = siteCharacters(textRoots);
  const extra = [...text].filter((c) => !alwaysIncluded.includes(c));
  console.log(`${[...text].length} characters (beyond the fixed set: ${extra.join("") || "none"})`);
  for (const face of faces) {
    const original = fs.readFileSync(path.join(sourceDir, face.from));
    const subset = await subsetFont(original, text, options);
    fs.writeFileSync(path.join(fontsDir, face.to), subset);
    console.log(`${face.to}: ${(original.length / 1024).toFixed(1)} KiB -> ${(subset.length / 1024).toFixed(1)} KiB`);
  }
}

void main();

// Cuts Source Serif 4 down to the characters and weights the site sets, in two cuts per style: the core, which every
// page preloads, and the rest, which a browser fetches only for a page that shows one of its characters (see
// scripts/serif-characters.ts). The full fonts stay in assets/fonts/source/; the site loads the cuts written beside this
// list, and the rest cuts through assets/fonts/serif-rest.css, written here too. Run it again after adding text in a
// new script or with unusual punctuation: `npx tsx scripts/subset-font.ts`. A character in neither cut (a visitor's
// name in another alphabet, say) is drawn by the metric-matched fallback.
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { CORE_CHARACTERS, restCharacters, unicodeRange } from "./serif-characters";

const fontsDir = "assets/fonts";
const sourceDir = path.join(fontsDir, "source");
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
  { from: "source-serif-4-latin-wght-normal.woff2", to: "source-serif-4-site-wght-normal", family: "sourceSerif", style: "normal" },
  { from: "source-serif-4-latin-wght-italic.woff2", to: "source-serif-4-site-wght-italic", family: "sourceSerifItalic", style: "italic" },
];

/** The rest cuts' faces, under the family names next/font gives the core cuts: their variables' names in app/layout.tsx. */
function restFaces(range: string): string {
  const rules = faces.map(
    (face) => `@font-face {
  font-family: "${face.family}";
  src: url("./${face.to}-rest.woff2") format("woff2");
  font-display: swap;
  font-weight: ${weights.min} ${weights.max};
  font-style: ${face.style};
  unicode-range: ${range};
}
`,
  );
  return `/* Written by scripts/subset-font.ts: the serif's characters beyond the core cut, fetched by a page that shows one. */\n${rules.join("\n")}`;
}

async function cut(original: Buffer, text: string, to: string) {
  const subset = await subsetFont(original, text, options);
  fs.writeFileSync(path.join(fontsDir, to), subset);
  console.log(`${to}: ${(original.length / 1024).toFixed(1)} KiB -> ${(subset.length / 1024).toFixed(1)} KiB`);
}

async function main() {
  const rest = restCharacters();
  console.log(`core: ${unicodeRange(CORE_CHARACTERS)}`);
  console.log(`rest: ${rest}`);
  const layout = fs.readFileSync("app/layout.tsx", "utf8");
  if (!layout.includes(`"${unicodeRange(CORE_CHARACTERS)}"`)) {
    throw new Error(`app/layout.tsx must declare the core cut's unicode-range as "${unicodeRange(CORE_CHARACTERS)}"`);
  }
  for (const face of faces) {
    const original = fs.readFileSync(path.join(sourceDir, face.from));
    await cut(original, CORE_CHARACTERS, `${face.to}.woff2`);
    await cut(original, rest, `${face.to}-rest.woff2`);
  }
  fs.writeFileSync(path.join(fontsDir, "serif-rest.css"), restFaces(unicodeRange(rest)));
}

void main();

// Proves that the published ranges come from content/ at build time: builds the whole site from a copy of the
// content with two ranges changed, into its own build folder, and reads the prerendered pages (engagements, home,
// and a note that uses <EngagementRange>). About a minute.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { getOffers } from "../lib/content";
import { formatInvestmentRange } from "../lib/content/engagement-display";

const fixture = "tests/fixtures/content-changed-range";
const distDir = ".next-fixture";
const env = { ...process.env, CONTENT_DIR: fixture, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };

// Read through the same functions the pages use, pointed at the fixture.
process.env.CONTENT_DIR = fixture;
const changed = getOffers().map((offer) => offer.priceLabel);
const original = ["USD\u00a06,000–9,000", "USD\u00a04,000–6,000 / month"];
const expected = ["USD\u00a07,500–11,000", "USD\u00a036,000–72,000", "USD\u00a05,000–8,500 / month"];
if (JSON.stringify(changed) !== JSON.stringify(expected)) fail(`the fixture's ranges read as ${changed.join(", ")}`);
// A guard against a fixture that drifted back to the real prices, which would make this check prove nothing.
if (formatInvestmentRange({ low: 6000, high: 9000, currency: "USD", cadence: "one-time" }) !== original[0]) fail("formatter changed");

// next build points tsconfig.json and next-env.d.ts at its build folder's types; this folder is a throwaway,
// so both are put back as they were.
const typeFiles = ["tsconfig.json", "next-env.d.ts"].map((file) => ({ file, text: fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined }));
const build = spawnSync("npm", ["run", "build"], { env, stdio: "inherit" });
for (const { file, text } of typeFiles) {
  if (text === undefined) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, text);
}
if (build.status !== 0) fail(`the build from ${fixture} failed`);

for (const [route, file] of [
  ["/engagements", "engagements.html"],
  ["/", "index.html"],
] as const) {
  // What a reader sees: the text without its tags (a price may be split in spans that keep "/ month" together).
  const html = visibleText(fs.readFileSync(path.join(distDir, "server/app", file), "utf8"));
  for (const label of expected) if (!html.includes(label)) fail(`${route} does not show ${label}`);
  for (const label of original) if (html.includes(label)) fail(`${route} still shows the old range ${label}`);
  console.log(`${route}: shows ${expected.join(", ")} from ${fixture}`);
}
// A note that writes <EngagementRange id="scoping" /> shows the live range, never a stale one.
const note = visibleText(fs.readFileSync(path.join(distDir, "server/app/notes/what-ai-operations-actually-means.html"), "utf8"));
if (!note.includes(expected[0]!)) fail(`the note's <EngagementRange id="scoping" /> does not show ${expected[0]}`);
if (note.includes(original[0]!)) fail(`the note still shows the old range ${original[0]}`);
console.log(`/notes/what-ai-operations-actually-means: <EngagementRange id="scoping" /> shows ${expected[0]}`);
console.log("Changing a range in content/ and rebuilding changes it on /engagements, on the home page and in a note.");

function fail(message: string): never {
  console.error(`check-content-build: ${message}`);
  process.exit(1);
}

function visibleText(html: string): string {
  return html.replace(/<!-- -->/g, "").replace(/<[^>]*>/g, "");
}

// npm run content:check: validates all content and prints each problem as `file:line: field: what is wrong`; then,
// without failing, the placeholders still to replace.
import path from "node:path";
import { contentDir } from "../lib/content";
import { checkContent } from "../lib/content/check-content";
import { findPlaceholders, placeholderWarning } from "../lib/content/placeholders";
import { formatProblem } from "../lib/content/problems";

const dir = contentDir();
const { problems, noteCount, settingsFiles } = checkContent({
  contentDir: dir,
  appDir: path.resolve("app"),
  publicDir: path.resolve("public"),
});

if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} found. Fix them and run npm run content:check again.`);
  process.exit(1);
}
console.log(`Content is valid: ${noteCount} note${noteCount === 1 ? "" : "s"}, ${settingsFiles.join(", ")}.`);
const warning = placeholderWarning(findPlaceholders(dir));
if (warning) console.log(`\n${warning}`);

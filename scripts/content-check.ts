// Validates every content file and prints each problem as `file: field: what is wrong`; exits 1 if any.
import path from "node:path";
import { contentDir } from "../lib/content";
import { collectNotes } from "../lib/content/notes";
import { ContentError, formatProblem, type ContentProblem } from "../lib/content/problems";
import { readSettingsFile } from "../lib/content/settings";
import { siteSettingsSchema } from "../lib/content/site-schema";
import { readBookingSettings } from "../lib/booking/settings";

const dir = contentDir();
const { notes, problems } = collectNotes(path.join(dir, "notes"));
const all: ContentProblem[] = [...problems];
for (const read of [() => readSettingsFile(dir, "site.yaml", siteSettingsSchema), () => readBookingSettings(dir)]) {
  try {
    read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    all.push(...error.problems);
  }
}

if (all.length) {
  for (const problem of all) console.error(formatProblem(problem));
  console.error(`\n${all.length} problem${all.length === 1 ? "" : "s"} found in ${dir}.`);
  process.exit(1);
}
console.log(`Content is valid: ${notes.length} note${notes.length === 1 ? "" : "s"}, site and booking settings.`);

import path from "node:path";
import { checkNoteReferences } from "./check-references";
import { noteComponentRules } from "./note-components";
import { collectNotes, listNoteSlugs } from "./notes";
import { PLACEHOLDER_SUMMARY } from "./new-note";
import { ContentError, type ContentProblem } from "./problems";
import { readSettingsFile } from "./settings";
import type { z } from "zod";
import { bookingSettingsSchema } from "./booking-schema";
import { aboutContentSchema } from "./about-schema";
import { privacyContentSchema } from "./privacy-schema";
import { engagementIds, engagementsFileSchema } from "./engagement-schema";
import { homeContentSchema } from "./home-schema";
import { siteSettingsSchema } from "./site-schema";
import { listAppRoutes, listPublicFiles } from "./site-paths";

export interface ContentCheckInput {
  contentDir: string;
  appDir: string;
  publicDir: string;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  noteCount: number;
  settingsFiles: string[];
}

/** The settings files in the content folder, each with the schema that is both its validation and its type. */
const settingsFiles = {
  "site.yaml": siteSettingsSchema,
  "engagements.yaml": engagementsFileSchema,
  "home.yaml": homeContentSchema,
  "about.yaml": aboutContentSchema,
  "privacy.yaml": privacyContentSchema,
  "booking.yaml": bookingSettingsSchema,
} satisfies Record<string, z.ZodType>;

/** Everything `npm run content:check` checks, every problem at once: settings, each note, what notes point at. */
export function checkContent({ contentDir, appDir, publicDir }: ContentCheckInput): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const settled = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  for (const [name, schema] of Object.entries(settingsFiles)) settled(() => readSettingsFile(contentDir, name, schema));

  const notesDir = path.join(contentDir, "notes");
  const { notes, problems: noteProblems } = collectNotes(notesDir);
  problems.push(...noteProblems);
  problems.push(...notes.filter((note) => !note.draft && note.summary === PLACEHOLDER_SUMMARY).map((note) => ({
    file: note.file,
    field: "summary",
    message: "is still the placeholder from note:new: write one or two sentences before publishing",
  })));
  problems.push(
    ...checkNoteReferences({
      notes,
      noteSlugs: listNoteSlugs(notesDir),
      routes: listAppRoutes(appDir),
      publicFiles: listPublicFiles(publicDir),
      components: noteComponentRules(engagementIds),
    }),
  );
  return { problems: sortProblems(problems), noteCount: notes.length, settingsFiles: Object.keys(settingsFiles) };
}

// By file, then by line, so each file's problems read top to bottom as in the editor.
function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.file.localeCompare(b.problem.file) || (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

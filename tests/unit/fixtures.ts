import path from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError } from "@/lib/content/problems";

// Messages name files relative to the working directory, so the exact strings asserted in these tests
// ("tests/fixtures/notes/…") assume vitest runs from the repository root, as `npm run test:unit` does.
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const notesFixture = (name: string) => path.join(repoRoot, "tests/fixtures/notes", name);
export const siteFixture = (name: string) => path.join(repoRoot, "tests/fixtures/site", name);

/** "Now" for the fixture notes: after notes 1–3 (2026-03-30 … 2026-04-09), before note 4 (2026-06-01). */
export const NOW = new Date("2026-04-20T12:00:00Z");

/** Runs `read` and returns the ContentError it throws; fails the test if it throws anything else, or nothing. */
export function contentErrorFrom(read: () => unknown): ContentError {
  try {
    read();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected a ContentError, but the content was accepted");
}

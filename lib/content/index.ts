import path from "node:path";
import { readNotes, type Note } from "./notes";
import { selectPublishedNotes } from "./publishing";
import { readSettingsFile } from "./settings";
import { siteSettingsSchema, type SiteSettings } from "./site-schema";

// The site's entry to its content: where it lives, and whether this process is previewing drafts.
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");
}

const isPreview = () => process.env.NODE_ENV === "development";

let notesCache: Note[] | undefined;

/** Every note file, validated. Read once per production process; re-read on each request while writing. */
export function getAllNotes(): Note[] {
  if (isPreview()) return readNotes(path.join(contentDir(), "notes"));
  notesCache ??= readNotes(path.join(contentDir(), "notes"));
  return notesCache;
}

/** The notes a reader sees now, newest first. */
export function getPublishedNotes(now: Date = new Date()): Note[] {
  return selectPublishedNotes(getAllNotes(), { preview: isPreview(), now });
}

export function getPublishedNote(slug: string): Note | undefined {
  return getPublishedNotes().find((note) => note.slug === slug);
}

export function getSiteSettings(): SiteSettings {
  return readSettingsFile(contentDir(), "site.yaml", siteSettingsSchema);
}

export type { Note } from "./notes";
export type { SiteSettings } from "./site-schema";
export { findAdjacentNotes, countTags } from "./publishing";

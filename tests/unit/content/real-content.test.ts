import path from "node:path";
import { describe, expect, it } from "vitest";
import { readNotes } from "@/lib/content/notes";
import { formatSeriesLine } from "@/lib/content/note-display";
import { readSettingsFile } from "@/lib/content/settings";
import { siteSettingsSchema } from "@/lib/content/site-schema";
import { homeContentSchema } from "@/lib/content/home-schema";
import { aboutContentSchema } from "@/lib/content/about-schema";
import { engagementsFileSchema } from "@/lib/content/engagement-schema";
import { repoRoot } from "../fixtures";

// These read the site's real content/ folder, so they also catch a mistake made while writing.
describe("the site's own content", () => {
  it("publishes note No. 01 at /notes/what-ai-operations-actually-means, as a 6-minute read", () => {
    const notes = readNotes(path.join(repoRoot, "content/notes"));
    const first = notes.find((note) => note.number === 1);
    expect(first?.slug).toBe("what-ai-operations-actually-means");
    expect(first?.readingMinutes).toBe(6);
    expect(formatSeriesLine(first!)).toBe("Field notes · No. 01 · April 9, 2026 · 6 min read");
  });

  it("has a valid site.yaml", () => {
    expect(readSettingsFile(path.join(repoRoot, "content"), "site.yaml", siteSettingsSchema).siteName).toBe(
      "ko · AI Operations",
    );
  });

  it("has a valid home.yaml with the four shapes of work, four things it isn't, and three readiness signals", () => {
    const home = readSettingsFile(path.join(repoRoot, "content"), "home.yaml", homeContentSchema);
    expect(home.shapes.items).toHaveLength(4);
    expect(home.notThis.items).toHaveLength(4);
    expect(home.readiness.signals).toHaveLength(3);
  });

  it("has a valid about.yaml that tells where the title comes from", () => {
    const about = readSettingsFile(path.join(repoRoot, "content"), "about.yaml", aboutContentSchema);
    expect(about.background.paragraphs.join(" ")).toMatch(/about a decade in operations/);
    expect(about.background.paragraphs.join(" ")).toMatch(/run the system, fix it, document it, hand it off/);
  });

  it("says what the Field notes series is and how to follow it, and who wrote the notes, in site.yaml", () => {
    const site = readSettingsFile(path.join(repoRoot, "content"), "site.yaml", siteSettingsSchema);
    expect(site.notesSeries?.about).toMatch(/Field notes/);
    expect(site.notesSeries?.follow).toMatch(/RSS/);
    // There is no email subscription yet: the series line must not promise one.
    expect(`${site.notesSeries?.about} ${site.notesSeries?.follow}`).not.toMatch(/e-?mail|newsletter|subscribe/i);
    expect(site.noteAuthor?.line).toBeTruthy();
  });

  it("writes quotes and apostrophes curly, and the engagements' names in one case, in what readers see", () => {
    const dir = path.join(repoRoot, "content");
    const texts = [
      readSettingsFile(dir, "site.yaml", siteSettingsSchema),
      readSettingsFile(dir, "home.yaml", homeContentSchema),
      readSettingsFile(dir, "about.yaml", aboutContentSchema),
      readSettingsFile(dir, "engagements.yaml", engagementsFileSchema),
      readNotes(path.join(dir, "notes")).map(({ title, summary }) => ({ title, summary })),
    ].flatMap(strings);
    expect(texts.filter((text) => /['"]/.test(text))).toEqual([]);
    expect(texts.filter((text) => /(Scoping|Build) Engagement/.test(text))).toEqual([]);
  });
});

/** Every string inside a parsed settings file. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

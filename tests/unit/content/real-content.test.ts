import path from "node:path";
import { describe, expect, it } from "vitest";
import { readNotes } from "@/lib/content/notes";
import { formatSeriesLine } from "@/lib/content/note-display";
import { readSettingsFile } from "@/lib/content/settings";
import { siteSettingsSchema } from "@/lib/content/site-schema";
import { repoRoot } from "../fixtures";

// These read the site's real content/ folder, so they also catch a mistake made while writing.
describe("the site's own content", () => {
  it("publishes note No. 01 at /notes/what-ai-operations-actually-means, as a 6-minute read", () => {
    const notes = readNotes(path.join(repoRoot, "content/notes"));
    const first = notes.find((note) => note.number === 1);
    expect(first?.slug).toBe("what-ai-operations-actually-means");
    expect(first?.readingMinutes).toBe(6);
    expect(formatSeriesLine(first!)).toBe("Field Notes · No. 01 · April 9, 2026 · 6 min read");
  });

  it("has a valid site.yaml", () => {
    expect(readSettingsFile(path.join(repoRoot, "content"), "site.yaml", siteSettingsSchema).siteName).toBe(
      "ko · AI Operations",
    );
  });
});

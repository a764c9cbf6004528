import path from "node:path";
import { describe, expect, it } from "vitest";
import { readNotes } from "@/lib/content/notes";
import { renderNoteForEmail } from "@/lib/newsletter/note-email-body";
import { repoRoot } from "../fixtures";

import { settings } from "./newsletter-fixtures";

const options = { noteUrl: "https://ko.example/notes/x", siteUrl: "https://ko.example", data: settings.noteData };

describe("a note's opening, as an email carries it", () => {
  it("keeps the text and code, points links and images at the site, and leaves out what only the page can run", () => {
    const body = [
      'import { Chart } from "./chart"',
      "",
      "Intro with {1 + 1} an expression and a [section link](#what-it-is).",
      "",
      '<Callout title="Note">Inside a **component**.</Callout>',
      "",
      'Scoping costs <EngagementRange id="scoping" />.',
      "",
      "<ReadinessSignals />",
      "",
      "## What it is",
      "",
      "| a | b |",
      "| - | - |",
      "| 1 | 2 |",
      "",
      "## Later",
      "",
      "Not included.",
    ].join("\n");
    const { html, text, truncated } = renderNoteForEmail(body, options);
    expect(truncated).toBe(true);
    expect(html).not.toMatch(/import|Callout|1 \+ 1|Not included/);
    expect(html).toContain("Inside a <strong>component</strong>.");
    expect(html).toMatch(/Scoping costs <a href="https:\/\/ko\.example\/engagements"[^>]*>USD 6,000–9,000<\/a>\./);
    expect(text).toContain("- A process runs every week");
    expect(text).toContain("[Take the self-check on the site](https://ko.example/#readiness)");
    expect(html).toContain('href="https://ko.example/notes/x#what-it-is"');
    expect(html).toMatch(/<table style="[^"]+"/);
    expect(text).toContain("| a | b |");
    expect(text).not.toContain("Not included");
  });

  it("renders every published note of the site without leaving a component or an expression behind", () => {
    const notes = readNotes(path.join(repoRoot, "content/notes"));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const { html, text } = renderNoteForEmail(note.body, { ...options, whole: true });
      expect(html.length).toBeGreaterThan(200);
      expect(html).not.toMatch(/<[A-Z][A-Za-z]+[\s/>]/);
      expect(text).not.toMatch(/^import |^export /m);
    }
  });
});

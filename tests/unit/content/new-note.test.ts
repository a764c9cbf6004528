import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { planNewNote, slugify } from "@/lib/content/new-note";
import { noteSections, parseNote, readNotes } from "@/lib/content/notes";
import { repoRoot } from "../fixtures";

/** The file `npm run note:new` writes for a title, number and date. */
const skeleton = (quotedTitle: string, number: number, date: string) => `---
title: ${quotedTitle}
number: ${number}
date: ${date}
summary: "One or two sentences under the title: what the reader will take away."
tags: []
draft: true
---

## The short version

Start with the point of the note in a paragraph.

## The first section

Write the body here. Three or more sections get a table of contents.
`;

describe("a new note's address, from its title", () => {
  it("keeps the words, lowercased and joined by hyphens, dropping quotes and apostrophes", () => {
    expect(slugify("What 'AI Operations' actually means")).toBe("what-ai-operations-actually-means");
    expect(slugify("Don’t automate what you can’t describe")).toBe("dont-automate-what-you-cant-describe");
    expect(slugify("“Boring” first")).toBe("boring-first");
  });

  it("writes accented letters without their accents", () => {
    expect(slugify("Café déjà vu: naïve résumés")).toBe("cafe-deja-vu-naive-resumes");
  });

  it("turns punctuation and runs of spaces into single hyphens, with none at either end", () => {
    expect(slugify("  Scripts & spreadsheets (2026)!  ")).toBe("scripts-spreadsheets-2026");
    expect(slugify("Hiring: the first ops person — part 2")).toBe("hiring-the-first-ops-person-part-2");
  });
});

describe("planning a new note", () => {
  const today = "2026-04-09";

  it("takes the number after the highest one, leaving gaps alone, drafts and notes without a number counted", () => {
    const plan = planNewNote("Why boring is good", ["001-first.mdx", "003-third.mdx", "005-a-draft.mdx", "loose-idea.mdx"], today);
    expect(plan).toMatchObject({ number: 6, fileName: "006-why-boring-is-good.mdx", slug: "why-boring-is-good" });
  });

  it("numbers the first note 1, and pads the file name's number to three digits", () => {
    expect(planNewNote("The first note", [], today)).toMatchObject({ number: 1, fileName: "001-the-first-note.mdx" });
    const tenth = planNewNote("The tenth note", ["009-ninth.mdx"], today);
    expect(tenth).toMatchObject({ number: 10, fileName: "010-the-tenth-note.mdx" });
  });

  it("writes a draft with today's date, the title quoted as written, a summary to replace and two sections", () => {
    const plan = planNewNote('  Hiring: the first   "ops" person ', [], today);
    expect(plan).toEqual({
      fileName: "001-hiring-the-first-ops-person.mdx",
      slug: "hiring-the-first-ops-person",
      number: 1,
      source: skeleton('"Hiring: the first \\"ops\\" person"', 1, today),
    });
  });

  it("writes a file that reads back as a valid draft with the exact title, even with a colon and quotes in it", () => {
    const plan = planNewNote('Hiring: the first "ops" person', [], today);
    if ("error" in plan) throw new Error(plan.error);
    const { note, problems } = parseNote(`content/notes/${plan.fileName}`, plan.source);
    expect(problems).toEqual([]);
    expect(note).toMatchObject({ title: 'Hiring: the first "ops" person', number: 1, date: today, draft: true, tags: [] });
  });

  it("refuses a title whose address a note already has, naming that note's file", () => {
    expect(planNewNote("What 'AI Operations' actually means", ["001-what-ai-operations-actually-means.mdx"], today)).toEqual({
      error:
        "A note with the address /notes/what-ai-operations-actually-means already exists: " +
        "001-what-ai-operations-actually-means.mdx. Choose another title.",
    });
  });

  it("refuses a differently written title that makes the same address", () => {
    expect(planNewNote("What AI operations actually means!", ["007-what-ai-operations-actually-means.mdx"], today)).toEqual({
      error:
        "A note with the address /notes/what-ai-operations-actually-means already exists: " +
        "007-what-ai-operations-actually-means.mdx. Choose another title.",
    });
  });

  it("asks for a title, showing how to give one, when there is none or only spaces", () => {
    const error = 'Give the note a title: npm run note:new -- "Title of the note"';
    expect(planNewNote("", [], today)).toEqual({ error });
    expect(planNewNote("   ", [], today)).toEqual({ error });
  });

  it("refuses a title with nothing to make an address from", () => {
    expect(planNewNote("???", [], today)).toEqual({
      error: "\"???\" has no Latin letters or digits to make the note's address from: give a title with some, and change it in the file afterwards.",
    });
  });
});

// The script, run as `npm run note:new -- "…"` runs it, on a temporary content folder.
describe("npm run note:new", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const tempContentDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "note-new-"));
    made.push(dir);
    return dir;
  };

  // Started with the project's own tsx, as npm runs it, not through npx, whose warnings would reach stderr.
  const noteNew = (contentDir: string, title: string, timeZone: string) => {
    const result = spawnSync(path.join(repoRoot, "node_modules/.bin/tsx"), ["scripts/note-new.ts", title], {
      cwd: repoRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, TZ: timeZone },
      encoding: "utf8",
      timeout: 60_000,
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  /** The date on the writer's calendar in a time zone, YYYY-MM-DD. */
  const calendarDate = (timeZone: string) => {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts();
    const part = (type: string) => parts.find((p) => p.type === type)!.value;
    return `${part("year")}-${part("month")}-${part("day")}`;
  };

  /** Runs `run`, returning its result and the local date it ran on (either side of midnight, if it ran across it). */
  const onLocalDate = <T,>(timeZone: string, run: () => T) => {
    const before = calendarDate(timeZone);
    const result = run();
    return { result, dates: [before, calendarDate(timeZone)] };
  };

  const snapshot = (dir: string) =>
    Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), "utf8")]));

  it("writes notes/001-<address>.mdx as a draft dated today on the writer's calendar, then refuses the same title again", () => {
    const contentDir = tempContentDir();
    const notesDir = path.join(contentDir, "notes");
    const title = 'Hiring: the first "ops" person';
    // Kiritimati is 14 hours ahead of UTC: for most of the day its date is not UTC's.
    const { result, dates } = onLocalDate("Pacific/Kiritimati", () => noteNew(contentDir, title, "Pacific/Kiritimati"));
    const file = path.join(notesDir, "001-hiring-the-first-ops-person.mdx");
    expect(result).toEqual({
      status: 0,
      stdout:
        `Created ${file} (No. 01, a draft).\n` +
        "Preview it with npm run dev at http://localhost:3000/notes/hiring-the-first-ops-person; set draft: false to publish.\n" +
        "When it goes live, subscribers get it by email once; send yourself a test first from /admin/subscribers.\n",
      stderr: "",
    });
    expect(fs.readdirSync(notesDir)).toEqual(["001-hiring-the-first-ops-person.mdx"]);
    const text = fs.readFileSync(file, "utf8");
    const date = text.match(/^date: (.*)$/m)![1]!;
    expect(dates).toContain(date);
    expect(text).toBe(skeleton('"Hiring: the first \\"ops\\" person"', 1, date));

    const [note] = readNotes(notesDir);
    expect(note).toMatchObject({
      title,
      number: 1,
      date,
      draft: true,
      tags: [],
      slug: "hiring-the-first-ops-person",
    });
    expect(noteSections(note!)).toEqual([
      { id: "the-short-version", title: "The short version" },
      { id: "the-first-section", title: "The first section" },
    ]);

    const before = snapshot(notesDir);
    expect(noteNew(contentDir, title, "Pacific/Kiritimati")).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "A note with the address /notes/hiring-the-first-ops-person already exists: " +
        "001-hiring-the-first-ops-person.mdx. Choose another title.\n",
    });
    expect(snapshot(notesDir)).toEqual(before);
  }, 60_000);

  it("takes the next number after the notes already there, drafts included", () => {
    const contentDir = tempContentDir();
    const notesDir = path.join(contentDir, "notes");
    fs.mkdirSync(notesDir);
    fs.writeFileSync(path.join(notesDir, "001-the-first-month.mdx"), skeleton('"The first month"', 1, "2026-04-09").replace("draft: true", "draft: false"));
    fs.writeFileSync(path.join(notesDir, "003-a-draft.mdx"), skeleton('"A draft"', 3, "2026-04-10"));
    fs.writeFileSync(path.join(notesDir, "README.md"), "Notes go here.\n");
    // Pago Pago is 11 hours behind UTC, so its date is a day or two behind Kiritimati's.
    const { result, dates } = onLocalDate("Pacific/Pago_Pago", () => noteNew(contentDir, "Café déjà vu", "Pacific/Pago_Pago"));
    expect(result).toEqual({
      status: 0,
      stdout:
        `Created ${path.join(notesDir, "004-cafe-deja-vu.mdx")} (No. 04, a draft).\n` +
        "Preview it with npm run dev at http://localhost:3000/notes/cafe-deja-vu; set draft: false to publish.\n" +
        "When it goes live, subscribers get it by email once; send yourself a test first from /admin/subscribers.\n",
      stderr: "",
    });
    expect(fs.readdirSync(notesDir).sort()).toEqual(["001-the-first-month.mdx", "003-a-draft.mdx", "004-cafe-deja-vu.mdx", "README.md"]);
    const text = fs.readFileSync(path.join(notesDir, "004-cafe-deja-vu.mdx"), "utf8");
    const date = text.match(/^date: (.*)$/m)![1]!;
    expect(dates).toContain(date);
    expect(text).toBe(skeleton('"Café déjà vu"', 4, date));
    expect(readNotes(notesDir).map(({ number, title, draft }) => ({ number, title, draft }))).toEqual([
      { number: 1, title: "The first month", draft: false },
      { number: 3, title: "A draft", draft: true },
      { number: 4, title: "Café déjà vu", draft: true },
    ]);
  }, 60_000);
});

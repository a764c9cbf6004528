import { describe, expect, it } from "vitest";
import { analyzeNoteBody } from "@/lib/content/note-body";
import { collectNotes, noteSections, parseNote, readNoteBody, readNotes, slugFromFileName } from "@/lib/content/notes";
import { formatProblem } from "@/lib/content/problems";
import { contentErrorFrom, notesFixture } from "../fixtures";

/** A note's source with the given frontmatter lines. */
const source = (frontmatter: string, body = "A short body.") => `---\n${frontmatter}\n---\n\n${body}\n`;
const GOOD = "title: A good note\nnumber: 1\ndate: 2026-04-09\nsummary: Nothing wrong here.";

/** The messages parseNote gives for a source, as the writer would read them. */
const messagesFor = (frontmatter: string) =>
  parseNote("content/notes/001-a-note.mdx", source(frontmatter)).problems.map(formatProblem);

describe("a note's address comes from its file name", () => {
  it("drops the number prefix: 001-what-it-means becomes what-it-means", () => {
    expect(slugFromFileName("001-what-it-means")).toBe("what-it-means");
  });

  it("drops only the leading number, keeping numbers inside the name", () => {
    expect(slugFromFileName("012-top-10-tools")).toBe("top-10-tools");
  });

  it("keeps a name that has no number prefix as it is", () => {
    expect(slugFromFileName("what-it-means")).toBe("what-it-means");
  });

  it("gives each note in a folder the address of its file name, not of its title", () => {
    const { notes } = collectNotes(notesFixture("valid"));
    expect(notes.map((note) => [note.fileName, note.slug])).toEqual([
      ["001-the-first-month", "the-first-month"],
      ["002-scripts-and-spreadsheets", "scripts-and-spreadsheets"],
      ["003-a-draft-in-progress", "a-draft-in-progress"],
      ["004-scheduled-for-june", "scheduled-for-june"],
    ]);
  });
});

describe("reading time", () => {
  it("is about 6 minutes for a body of about 1,200 words", () => {
    const [note] = readNotes(notesFixture("valid"));
    const words = note!.body.split(/\s+/).filter((word) => /\w/.test(word)).length;
    expect(words).toBeGreaterThan(1150);
    expect(words).toBeLessThan(1250);
    expect(note!.readingMinutes).toBe(6);
  });

  it("grows with the body: 2,000 words take 10 minutes", () => {
    const { note } = parseNote("content/notes/001-a-note.mdx", source(GOOD, "word ".repeat(2000)));
    expect(note?.readingMinutes).toBe(10);
  });

  it("is never less than 1 minute, even for a one-line note", () => {
    const { note } = parseNote("content/notes/001-a-note.mdx", source(GOOD, "Short."));
    expect(note?.readingMinutes).toBe(1);
  });

  it("counts the body only: the frontmatter is not part of it", () => {
    const [note] = readNotes(notesFixture("valid"));
    expect(note!.body).not.toContain("summary:");
    expect(note!.body.trimStart().startsWith("## What the first month looks like")).toBe(true);
  });
});

describe("a folder of good notes", () => {
  it("reads every .mdx file in file-name order, with the fields the writer set", () => {
    const notes = readNotes(notesFixture("valid"));
    expect(notes.map(({ number, date, updated, draft, tags }) => ({ number, date, updated, draft, tags }))).toEqual([
      { number: 1, date: "2026-04-09", updated: "2026-04-12", draft: false, tags: ["ai-operations", "consulting"] },
      { number: 2, date: "2026-03-30", updated: undefined, draft: false, tags: ["automation", "ai-operations"] },
      { number: 3, date: "2026-04-09", updated: undefined, draft: true, tags: ["consulting"] },
      { number: 4, date: "2026-06-01", updated: undefined, draft: false, tags: ["ai-operations"] },
    ]);
  });

  it("skips files that are not notes (the folder's README.md is not reported as a broken note)", () => {
    const { notes, problems } = collectNotes(notesFixture("valid"));
    expect(problems).toEqual([]);
    expect(notes).toHaveLength(4);
  });

  it("remembers which file each note came from, as messages show it", () => {
    const [note] = readNotes(notesFixture("valid"));
    expect(note!.file).toBe("tests/fixtures/notes/valid/001-the-first-month.mdx");
  });

  it("keeps a title with & < > exactly as written", () => {
    const notes = readNotes(notesFixture("valid"));
    expect(notes[1]!.title).toBe("Scripts & spreadsheets: <when> one beats the other > habit");
  });

  it("treats a note without tags or draft as untagged and published", () => {
    const { note } = parseNote("content/notes/001-a-note.mdx", source(GOOD));
    expect(note?.tags).toEqual([]);
    expect(note?.draft).toBe(false);
  });

  it("reads a number written 01 as 1", () => {
    const { note } = parseNote("content/notes/001-a-note.mdx", source(GOOD.replace("number: 1", "number: 01")));
    expect(note?.number).toBe(1);
  });
});

describe("a broken note", () => {
  it("names the file and the field when the title is missing", () => {
    const error = contentErrorFrom(() => readNotes(notesFixture("missing-title")));
    expect(error.message).toBe(
      "Content has 1 problem:\n  tests/fixtures/notes/missing-title/001-no-title.mdx: title: is required",
    );
    expect(error.problems).toEqual([
      { file: "tests/fixtures/notes/missing-title/001-no-title.mdx", field: "title", message: "is required" },
    ]);
  });

  it("says a date that does not exist (30 February) is not a real calendar date, rather than rolling it over", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("impossible-date"))).message).toBe(
      "Content has 1 problem:\n" +
        '  tests/fixtures/notes/impossible-date/001-thirtieth-of-february.mdx:4: date: "2026-02-30" is not a real calendar date',
    );
  });

  it("points out a misspelled field name, and the field it left missing", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("mistyped-field"))).message).toBe(
      "Content has 2 problems:\n" +
        "  tests/fixtures/notes/mistyped-field/001-typo-in-title.mdx: title: is required\n" +
        "  tests/fixtures/notes/mistyped-field/001-typo-in-title.mdx:2: titel: is not a known field (check its spelling)",
    );
  });

  it("asks for a whole number when the number is written in words", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("bad-number"))).message).toBe(
      "Content has 1 problem:\n" +
        "  tests/fixtures/notes/bad-number/001-number-in-words.mdx:3: number: must be a whole number, like 3",
    );
  });

  it("rejects an updated date earlier than the note's date", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("updated-before-date"))).message).toBe(
      "Content has 1 problem:\n" +
        "  tests/fixtures/notes/updated-before-date/001-updated-too-early.mdx:5: updated: must be on or after the note's date (2026-04-09)",
    );
  });

  it("reports frontmatter it cannot read as YAML, at the line of the file where the mistake is", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("bad-yaml"))).message).toBe(
      "Content has 1 problem:\n" +
        "  tests/fixtures/notes/bad-yaml/001-colon-in-title.mdx:2: frontmatter: is not valid YAML: " +
        "Nested mappings are not allowed in compact mappings; a value that contains a colon must be in quotes",
    );
  });

  it("asks for a --- block when the file has no frontmatter, and lists the fields it needs", () => {
    const file = "tests/fixtures/notes/no-frontmatter/001-just-a-body.mdx";
    expect(contentErrorFrom(() => readNotes(notesFixture("no-frontmatter"))).message).toBe(
      "Content has 5 problems:\n" +
        `  ${file}: frontmatter: is missing: start the file with a --- block\n` +
        `  ${file}: title: is required\n` +
        `  ${file}: number: is required\n` +
        `  ${file}: date: is required\n` +
        `  ${file}: summary: is required`,
    );
  });

  it("rejects a file name with capitals or spaces, because the name becomes the note's address", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("bad-slug"))).message).toBe(
      "Content has 1 problem:\n" +
        '  tests/fixtures/notes/bad-slug/003-My Note.mdx: slug: "My Note" (from the file name) ' +
        "must be lowercase words joined by hyphens, like 004-my-note.mdx",
    );
  });

  // Both files start 001-, so each number agrees with its file name and only the duplicate is left to catch.
  it("catches two notes with the same number, naming both files", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("duplicate-number"))).message).toBe(
      "Content has 1 problem:\n" +
        "  tests/fixtures/notes/duplicate-number/001-beta.mdx: number: 1 is already used by " +
        "tests/fixtures/notes/duplicate-number/001-alpha.mdx",
    );
  });

  it("catches a copied note whose file was renamed 002- but whose number: still says 1", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("number-mismatch"))).message).toBe(
      "Content has 1 problem:\n" +
        "  tests/fixtures/notes/number-mismatch/002-beta.mdx:3: number: is 1, but the file name starts with 002: make them agree",
    );
  });

  it("catches two files that would be published at the same address", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("duplicate-slug"))).message).toBe(
      "Content has 1 problem:\n" +
        '  tests/fixtures/notes/duplicate-slug/002-same.mdx: slug: "same" is already used by ' +
        "tests/fixtures/notes/duplicate-slug/001-same.mdx",
    );
  });

  it("explains an empty .mdx file the same way as a file without frontmatter, instead of crashing", () => {
    const file = "tests/fixtures/notes/empty-file/001-new-note.mdx";
    const error = contentErrorFrom(() => readNotes(notesFixture("empty-file")));
    expect(error.problems[0]).toEqual({ file, field: "frontmatter", message: "is missing: start the file with a --- block" });
    expect(error.message).toBe(
      "Content has 5 problems:\n" +
        `  ${file}: frontmatter: is missing: start the file with a --- block\n` +
        `  ${file}: title: is required\n` +
        `  ${file}: number: is required\n` +
        `  ${file}: date: is required\n` +
        `  ${file}: summary: is required`,
    );
  });

  it("says so when the notes folder does not exist, rather than publishing no notes", () => {
    expect(contentErrorFrom(() => readNotes(notesFixture("no-such-folder"))).message).toBe(
      "Content has 1 problem:\n  tests/fixtures/notes/no-such-folder: (folder): does not exist: notes go in this folder",
    );
  });
});

describe("a note's fields, one mistake at a time", () => {
  it("asks for 1 or more when the number is 0", () => {
    expect(messagesFor(GOOD.replace("number: 1", "number: 0"))).toEqual([
      "content/notes/001-a-note.mdx:3: number: must be 1 or more",
    ]);
  });

  it("asks for a whole number when the number has a fraction", () => {
    expect(messagesFor(GOOD.replace("number: 1", "number: 1.5"))).toEqual([
      "content/notes/001-a-note.mdx:3: number: must be a whole number, like 3",
    ]);
  });

  it("says a title of only spaces is empty", () => {
    expect(messagesFor(GOOD.replace("title: A good note", 'title: "   "'))).toEqual([
      "content/notes/001-a-note.mdx:2: title: must not be empty",
    ]);
  });

  it("limits a title to 140 characters", () => {
    expect(messagesFor(GOOD.replace("title: A good note", `title: ${"a".repeat(141)}`))).toEqual([
      "content/notes/001-a-note.mdx:2: title: must be at most 140 characters",
    ]);
  });

  it("asks for true or false when draft is written yes", () => {
    expect(messagesFor(`${GOOD}\ndraft: yes`)).toEqual(["content/notes/001-a-note.mdx:6: draft: must be true or false"]);
  });

  it("asks for a list when tags is a single word", () => {
    expect(messagesFor(`${GOOD}\ntags: ai-operations`)).toEqual([
      "content/notes/001-a-note.mdx:6: tags: must be a list, like [operations, automation]",
    ]);
  });

  it("rejects a tag with capitals or spaces, quoting it and pointing at it by position", () => {
    expect(messagesFor(`${GOOD}\ntags: [consulting, AI Operations]`)).toEqual([
      'content/notes/001-a-note.mdx:6: tags.1: "AI Operations" must be lowercase words joined by hyphens, like ai-operations',
    ]);
  });

  it("says an empty title: is required, not that it is not text", () => {
    expect(messagesFor(GOOD.replace("title: A good note", "title:"))).toEqual([
      "content/notes/001-a-note.mdx:2: title: is required",
    ]);
  });

  it("asks for name: value lines when the frontmatter is a list instead", () => {
    expect(messagesFor("- title: A good note\n- number: 1")).toEqual([
      "content/notes/001-a-note.mdx: (whole file): must be a list of fields, one `name: value` a line",
    ]);
  });

  it("asks for the number: and the file name's number prefix to agree", () => {
    expect(parseNote("content/notes/003-x.mdx", source(GOOD.replace("number: 1", "number: 4"))).problems.map(formatProblem)).toEqual([
      "content/notes/003-x.mdx:3: number: is 4, but the file name starts with 003: make them agree",
    ]);
  });

  it("accepts an updated date on the same day as the date", () => {
    expect(messagesFor(`${GOOD}\nupdated: 2026-04-09`)).toEqual([]);
  });

  it("gives one message, about the format, for a date written 2026-4-9", () => {
    expect(messagesFor(GOOD.replace("date: 2026-04-09", "date: 2026-4-9"))).toEqual([
      "content/notes/001-a-note.mdx:4: date: must be a date written as YYYY-MM-DD",
    ]);
  });
});

describe("several broken notes at once", () => {
  it("lists every problem across every file in one error, so the writer can fix them all in one pass", () => {
    const dir = "tests/fixtures/notes/several-problems";
    expect(contentErrorFrom(() => readNotes(notesFixture("several-problems"))).message).toBe(
      "Content has 4 problems:\n" +
        `  ${dir}/002-untitled.mdx: title: is required\n` +
        `  ${dir}/002-untitled.mdx:3: date: "2026-13-01" is not a real calendar date\n` +
        `  ${dir}/003-ready-too.mdx:3: number: is 1, but the file name starts with 003: make them agree\n` +
        `  ${dir}/004-Second Thoughts.mdx: slug: "Second Thoughts" (from the file name) must be lowercase words joined by hyphens, like 004-my-note.mdx`,
    );
  });

  it("still reads the good notes alongside the broken ones", () => {
    const { notes, problems } = collectNotes(notesFixture("several-problems"));
    expect(notes.map((note) => note.slug)).toEqual(["ready"]);
    expect(problems).toHaveLength(4);
  });
});

describe("listing notes reads no body; a note's page reads its own", () => {
  const dir = "tests/fixtures/content-check/mdx-syntax/notes";
  const broken = `${dir}/002-scripts-and-spreadsheets.mdx`;
  const message = `${broken}:14: body: is not valid MDX: HTML comments (<!-- … -->) do not work in notes: write {/* like this */} instead`;

  it("lists a note whose body is not valid MDX, and its page names the file, line and field", () => {
    const notes = readNotes(dir);
    expect(notes.map((note) => note.slug)).toEqual(["first-month", "scripts-and-spreadsheets"]);
    expect(noteSections(notes[0]!).length).toBeGreaterThan(0);
    expect(contentErrorFrom(() => noteSections(notes[1]!)).message).toBe(`Content has 1 problem:\n  ${message}`);
  });

  it("reports the same problem at the same line when every body is read, as the content check does before a build", () => {
    const { notes, problems } = collectNotes(dir);
    expect(notes.map((note) => note.slug)).toEqual(["first-month"]);
    expect(problems.map(formatProblem)).toEqual([message]);
  });

  it("finds the body's links, components and code at their lines in the file, as when the whole file is read", () => {
    const body = "Intro with [a link](/notes/x).\n\n## Part one\n\n<EngagementRange id=\"scoping\" />\n\nCode {here}.\n";
    const file = source(GOOD, body);
    const { note } = parseNote("content/notes/001-a-note.mdx", file, { bodies: false });
    const { sections, links, components, expressions, headingIds } = readNoteBody(note!);
    const whole = analyzeNoteBody(file);
    expect({ sections, links, components, expressions, headingIds }).toEqual({
      sections: whole.sections,
      links: whole.links,
      components: whole.components,
      expressions: whole.expressions,
      headingIds: whole.headingIds,
    });
    expect(links).toEqual([{ url: "/notes/x", line: 8 }]);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { parseNote } from "@/lib/content/notes";
import { formatProblem } from "@/lib/content/problems";
import { repoRoot } from "../fixtures";

// A note is text the consultant writes; nothing in it may run as code, neither while it is read (content:check,
// build, start) nor when the page is rendered.

const FILE = "content/notes/001-a-note.mdx";
const FRONTMATTER = "title: A note\nnumber: 1\ndate: 2026-04-09\nsummary: A summary.";
const note = (body: string) => `---\n${FRONTMATTER}\n---\n\n${body}\n`;

/** What content:check prints for one note in an otherwise clean content folder. */
function checkOneNote(source: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  for (const file of ["site.yaml", "engagements.yaml", "home.yaml", "about.yaml", "privacy.yaml", "booking.yaml"]) {
    fs.cpSync(path.join(repoRoot, "content", file), path.join(dir, file));
  }
  fs.mkdirSync(path.join(dir, "notes"));
  fs.writeFileSync(path.join(dir, "notes", "001-a-note.mdx"), source);
  const { problems } = checkContent({ contentDir: dir, appDir: path.join(repoRoot, "app"), publicDir: path.join(repoRoot, "public") });
  fs.rmSync(dir, { recursive: true, force: true });
  // The folder's name changes each run; the file name and line are what the writer reads.
  return problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));
}

const ran = globalThis as { noteCodeRan?: boolean };
afterEach(() => {
  delete ran.noteCodeRan;
});

describe("a note's frontmatter is YAML, never code", () => {
  const SCRIPT = '{ title: (globalThis.noteCodeRan = true, "A note"), number: 1, date: "2026-04-09", summary: "A summary." }';

  it.each(["js", "javascript", "JS", " js "])("a note that starts with ---%s is refused and nothing runs", (language) => {
    const { note: parsed, problems } = parseNote(FILE, `---${language}\n${SCRIPT}\n---\n\nText.\n`);
    expect(ran.noteCodeRan).toBeUndefined();
    expect(parsed).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:1: frontmatter: is marked "${language.trim()}" after the opening ---: notes take YAML only, so the first line must be just ---`,
    ]);
  });

  it("refuses the other languages gray-matter knows (JSON), and any name after ---, even yaml", () => {
    for (const language of ["json", "coffee", "yaml", "constructor", "__proto__"]) {
      expect(parseNote(FILE, `---${language}\n{}\n---\n\nText.\n`).problems.map((p) => `${p.line}: ${p.field}`)).toEqual(["1: frontmatter"]);
    }
  });

  it("is refused by content:check naming the file, and nothing runs", () => {
    expect(checkOneNote(`---js\n${SCRIPT}\n---\n\nText.\n`)).toEqual([
      '001-a-note.mdx:1: frontmatter: is marked "js" after the opening ---: notes take YAML only, so the first line must be just ---',
    ]);
    expect(ran.noteCodeRan).toBeUndefined();
  });

  it("still reads a plain --- block, with spaces after the dashes or a byte-order mark before them", () => {
    expect(parseNote(FILE, `---  \n${FRONTMATTER}\n---\n\nText.\n`).problems).toEqual([]);
    expect(parseNote(FILE, `\uFEFF---\n${FRONTMATTER}\n---\n\nText.\n`).problems).toEqual([]);
  });
});

describe("content:check refuses code in a note's body, with the line to fix", () => {
  it("refuses import and export statements, which MDX would run when the page is built", () => {
    expect(checkOneNote(note('import fs from "node:fs"\n\nText.\n\nexport const secret = process.env.SECRET'))).toEqual([
      '001-a-note.mdx:8: body: import fs from "node:fs" is code, which notes cannot run: the components need no import, and text must not start with import or export',
      "001-a-note.mdx:12: body: export const secret = process.env.SECRET is code, which notes cannot run: the components need no import, and text must not start with import or export",
    ]);
  });

  it("refuses an attribute written as code, such as title={process.env.X} or dangerouslySetInnerHTML={{…}}", () => {
    const body = [
      "<Callout title={process.env.ADMIN_PASSWORD_HASH}>Hi.</Callout>", // 8
      "", // 9
      '<div dangerouslySetInnerHTML={{ __html: "<script>alert(1)</script>" }} />', // 10
      "", // 11
      '<Callout title={"a" + process.env.X + "b"}>Hi.</Callout>', // 12
      "", // 13
      "<Callout title={`${process.env.X}`}>Hi.</Callout>", // 14
    ].join("\n");
    expect(checkOneNote(note(body))).toEqual([
      "001-a-note.mdx:8: body: <Callout title={process.env.ADMIN_PASSWORD_HASH}> is code, not text: write the value in quotes, like title=\"…\"",
      '001-a-note.mdx:10: body: <div dangerouslySetInnerHTML={{ __html: "<script>alert(1)</script>" }}> is code, not text: write the value in quotes, like dangerouslySetInnerHTML="…"',
      '001-a-note.mdx:12: body: <Callout title={"a" + process.env.X + "b"}> is code, not text: write the value in quotes, like title="…"',
      "001-a-note.mdx:14: body: <Callout title={`${process.env.X}`}> is code, not text: write the value in quotes, like title=\"…\"",
    ]);
  });

  it("refuses a spread attribute such as <Callout {...props} />", () => {
    expect(checkOneNote(note("<Callout {...props}>Hi.</Callout>\n\n<span {...{ id: 1 }} />"))).toEqual([
      "001-a-note.mdx:8: body: <Callout {...props}> is code, not text: write each attribute as name=\"value\"",
      "001-a-note.mdx:10: body: <span {...{ id: 1 }}> is code, not text: write each attribute as name=\"value\"",
    ]);
  });

  it("still accepts a plain string in braces, tone={\"warning\"}, which is text and runs nothing", () => {
    expect(checkOneNote(note('<Callout tone={"warning"} title={\'Careful\'}>Careful.</Callout>'))).toEqual([]);
  });

  it("keeps refusing {code} in the text, as before", () => {
    expect(checkOneNote(note("The key is {process.env.SECRET}."))).toEqual([
      "001-a-note.mdx:8: body: {process.env.SECRET} is read as code, not text: write \\{ and \\} for braces in the text",
    ]);
  });
});

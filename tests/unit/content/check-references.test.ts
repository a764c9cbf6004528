import { describe, expect, it } from "vitest";
import { checkNoteReferences, type ReferenceContext } from "@/lib/content/check-references";
import { noteComponentRules } from "@/lib/content/note-components";
import { parseNote, type Note } from "@/lib/content/notes";
import { formatProblem } from "@/lib/content/problems";
import { planNewNote } from "@/lib/content/new-note";
import { checkContent } from "@/lib/content/check-content";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function note(fileName: string, body: string, frontmatter = ""): Note {
  const number = Number(fileName.slice(0, 3));
  const source = `---\ntitle: A note\nnumber: ${number}\ndate: 2026-04-09\nsummary: A summary.\n${frontmatter}---\n\n${body}\n`;
  const { note, problems } = parseNote(`notes/${fileName}`, source);
  if (!note) throw new Error(problems.map(formatProblem).join("\n"));
  return note;
}

function check(notes: Note[], extra: Partial<ReferenceContext> = {}): string[] {
  return checkNoteReferences({
    notes,
    noteSlugs: new Set(notes.map((n) => n.slug)),
    routes: new Set(["/", "/notes", "/feed.xml"]),
    publicFiles: new Set(["/notes/first/two words.png"]),
    components: noteComponentRules(["scoping", "build", "fractional"]),
    ...extra,
  }).map(formatProblem);
}

describe("content:check reads a note the way the site will render it", () => {
  it("warns that {braces} in the text are code, before the build fails on them", () => {
    expect(check([note("001-first.mdx", "Write {curly} braces.")])).toEqual([
      "notes/001-first.mdx:8: body: {curly} is read as code, not text: write \\{ and \\} for braces in the text",
    ]);
  });

  it("lets a comment written the MDX way through", () => {
    expect(check([note("001-first.mdx", "{/* a note to self */}\n\nText.")])).toEqual([]);
  });

  it("reads tone={\"warning\"} the same as tone=\"warning\"", () => {
    expect(check([note("001-first.mdx", '<Callout tone={"warning"}>Careful.</Callout>')])).toEqual([]);
  });

  it("catches a lowercase <callout>, which would render as an unknown HTML tag", () => {
    expect(check([note("001-first.mdx", "<callout>Hi</callout>")])).toEqual([
      "notes/001-first.mdx:8: component: <callout> is not a component notes can use (known: <Callout>, <EngagementRange>, <ReadinessSignals>, <StartConversation>)",
    ]);
  });

  it("checks the id of <EngagementRange> against the engagements", () => {
    expect(check([note("001-first.mdx", '<EngagementRange id="retainer" />\n\n<EngagementRange />')])).toEqual([
      'notes/001-first.mdx:8: component: <EngagementRange>: id "retainer" is not an engagement (known: scoping, build, fractional)',
      'notes/001-first.mdx:10: component: <EngagementRange>: needs an id, one of "scoping", "build", "fractional"',
    ]);
  });

  it("checks reference-style links too", () => {
    expect(check([note("001-first.mdx", "See [the other note][other].\n\n[other]: /notes/nowhere")])).toEqual([
      "notes/001-first.mdx:10: link: /notes/nowhere points to a note that does not exist",
    ]);
  });

  it("finds an image whose file name has a space written %20", () => {
    expect(check([note("001-first.mdx", "![Two words](/notes/first/two%20words.png)")])).toEqual([]);
  });

  it("stops a published note from linking to a draft that readers cannot open", () => {
    const draft = note("002-second.mdx", "Draft text.", "draft: true\n");
    const published = note("001-first.mdx", "See [the next one](/notes/second).");
    expect(check([published, draft])).toEqual(["notes/001-first.mdx:8: link: /notes/second points to a draft, which readers cannot open yet"]);
    expect(check([published, { ...draft, draft: false }])).toEqual([]);
  });

  it("does not blame a link for a mistake in the note it points to", () => {
    const linking = note("001-first.mdx", "See [the broken one](/notes/broken).");
    expect(check([linking], { noteSlugs: new Set(["first", "broken"]) })).toEqual([]);
  });
});

describe("publishing a note started with note:new", () => {
  it("is refused while the summary is still the placeholder", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
    for (const file of ["site.yaml", "engagements.yaml", "home.yaml", "about.yaml", "privacy.yaml", "booking.yaml"]) fs.cpSync(`content/${file}`, path.join(dir, file));
    fs.mkdirSync(path.join(dir, "notes"));
    const plan = planNewNote("Hiring the first ops person", [], "2026-04-09");
    if ("error" in plan) throw new Error(plan.error);
    fs.writeFileSync(path.join(dir, "notes", plan.fileName), plan.source.replace("draft: true", "draft: false"));
    const { problems } = checkContent({ contentDir: dir, appDir: "app", publicDir: "public" });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      "summary: is still the placeholder from note:new: write one or two sentences before publishing",
    ]);
  });
});

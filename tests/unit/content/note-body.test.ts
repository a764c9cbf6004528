import { describe, expect, it } from "vitest";
import { analyzeNoteBody, MdxSyntaxError } from "@/lib/content/note-body";

// analyzeNoteBody reads the whole file, frontmatter included, so every line below is the line an editor shows.
const note = (...bodyLines: string[]) => ["---", "title: A note", "number: 1", "---", "", ...bodyLines].join("\n");
// Body lines therefore start at line 6.

/** The MdxSyntaxError analyzeNoteBody throws for a source, as { reason, line }. */
function syntaxErrorFor(source: string): { reason: string; line: number | undefined } {
  try {
    analyzeNoteBody(source);
  } catch (error) {
    if (error instanceof MdxSyntaxError) return { reason: error.reason, line: error.line };
    throw error;
  }
  throw new Error("expected an MdxSyntaxError, but the body was read");
}

describe("a note's sections, for its table of contents", () => {
  it("lists the ## headings in order, with the ids their anchors get", () => {
    const body = analyzeNoteBody(
      note("## The short version", "", "Text.", "", "## What it isn't", "", "## Q&A: what's next?", "", "## 10 things — and why"),
    );
    expect(body.sections).toEqual([
      { id: "the-short-version", title: "The short version" },
      { id: "what-it-isnt", title: "What it isn't" },
      { id: "qa-whats-next", title: "Q&A: what's next?" },
      { id: "10-things--and-why", title: "10 things — and why" },
    ]);
  });

  it("leaves out ### and deeper headings, though they still get ids a link can point at", () => {
    const body = analyzeNoteBody(note("## Week one", "", "### Monday", "", "#### Morning", "", "## Week two"));
    expect(body.sections).toEqual([
      { id: "week-one", title: "Week one" },
      { id: "week-two", title: "Week two" },
    ]);
    expect(body.headingIds).toEqual(["week-one", "monday", "morning", "week-two"]);
  });

  it("gives a repeated heading -1, -2…, counting headings of every level, as the page does", () => {
    const body = analyzeNoteBody(note("## Notes", "", "### Notes", "", "## Notes"));
    expect(body.sections).toEqual([
      { id: "notes", title: "Notes" },
      { id: "notes-2", title: "Notes" },
    ]);
    expect(body.headingIds).toEqual(["notes", "notes-1", "notes-2"]);
  });

  it("titles a section with its words only, without the code and link markup inside it", () => {
    const body = analyzeNoteBody(note("## Using `cron` with [n8n](https://n8n.io) *today*"));
    expect(body.sections).toEqual([{ id: "using-cron-with-n8n-today", title: "Using cron with n8n today" }]);
  });

  it("finds no sections in a note without ## headings, and does not take the frontmatter's title for one", () => {
    expect(analyzeNoteBody(note("Just a paragraph.")).sections).toEqual([]);
  });
});

describe("what a note's body points at, with the line of each", () => {
  const body = analyzeNoteBody(
    note(
      "See [the notes](/notes) and [a section](#week-one 'Week one').", // 6
      "Or visit https://example.com today.", // 7
      "", // 8
      "![A whiteboard sketch](/notes/a-note/sketch.png) and ![](/notes/a-note/no-alt.png)", // 9
      "", // 10
      '<Callout title="Why this matters" tone="warning">', // 11
      "  Inside it, [the feed](/feed.xml).", // 12
      "</Callout>", // 13
      "", // 14
      'The range is <EngagementRange id="scoping" />.', // 15
      "", // 16
      "<StartConversation />", // 17
      "", // 18
      '<a href="/notes/other-note">written as HTML</a>', // 19
      "", // 20
      '<img src="/notes/a-note/raw.png" alt="Drawn as HTML" />', // 21
      "", // 22
      "## Week one", // 23
    ),
  );

  it("lists the links: markdown ones, bare web addresses and <a href>", () => {
    expect(body.links).toEqual([
      { url: "/notes", line: 6 },
      { url: "#week-one", line: 6 },
      { url: "https://example.com", line: 7 },
      { url: "/feed.xml", line: 12 },
      { url: "/notes/other-note", line: 19 },
    ]);
  });

  it("lists the images with their alt text, empty when there is none, <img> included", () => {
    expect(body.images).toEqual([
      { url: "/notes/a-note/sketch.png", alt: "A whiteboard sketch", line: 9 },
      { url: "/notes/a-note/no-alt.png", alt: "", line: 9 },
      { url: "/notes/a-note/raw.png", alt: "Drawn as HTML", line: 21 },
    ]);
  });

  it("lists the components and HTML elements with their attributes", () => {
    expect(body.components).toEqual([
      { name: "Callout", attributes: { title: "Why this matters", tone: "warning" }, line: 11 },
      { name: "EngagementRange", attributes: { id: "scoping" }, line: 15 },
      { name: "StartConversation", attributes: {}, line: 17 },
      { name: "a", attributes: { href: "/notes/other-note" }, line: 19 },
      { name: "img", attributes: { src: "/notes/a-note/raw.png", alt: "Drawn as HTML" }, line: 21 },
    ]);
  });

  it("reads an attribute written without a value as true", () => {
    expect(analyzeNoteBody(note("<Callout open>Text</Callout>")).components).toEqual([
      { name: "Callout", attributes: { open: true }, line: 6 },
    ]);
  });

  it("keeps the ids of every heading, for checking #links", () => {
    expect(body.headingIds).toEqual(["week-one"]);
  });
});

describe("a body MDX cannot read", () => {
  it("is reported with the line of an HTML comment, and a hint for writing one", () => {
    expect(syntaxErrorFor(note("## Plan", "", "<!-- TODO: add the diagram -->"))).toEqual({
      reason: "HTML comments (<!-- … -->) do not work in notes: write {/* like this */} instead",
      line: 8,
    });
  });

  it("is reported with the line of a < that starts no tag (a price written <$500)", () => {
    expect(syntaxErrorFor(note("## Pricing", "", "It costs <$500 a month."))).toEqual({
      reason:
        "Unexpected character `.` (U+002E) in attribute name, expected an attribute name character such as letters, " +
        "digits, `$`, or `_`; `=` to initialize a value; whitespace before attributes; or the end of the tag",
      line: 8,
    });
  });

  it("is reported with the line of an attribute value written without quotes", () => {
    expect(syntaxErrorFor(note("Intro.", "", "<Callout tone=warning>Careful.</Callout>"))).toEqual({
      reason:
        "Unexpected character `w` (U+0077) before attribute value, expected a character that can start an attribute " +
        "value, such as `\"`, `'`, or `{`",
      line: 8,
    });
  });

  it("is reported with the line of a closing tag that closes nothing", () => {
    expect(syntaxErrorFor(note("Text.", "", "</Callout>"))).toEqual({
      reason: "Unexpected closing slash `/` in tag, expected an open tag first",
      line: 8,
    });
  });
});

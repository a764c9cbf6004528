import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { formatProblem } from "@/lib/content/problems";
import { repoRoot } from "../fixtures";

// Each folder under tests/fixtures/content-check/ is a whole content folder (site.yaml and notes/), as a writer
// would have it after making one kind of mistake. Two notes in each: 001-first-month.mdx, a published note that
// links to the notes list, the feed, the home page, a tag, a heading of its own, an email address and another site,
// and uses <Callout> and <StartConversation>; and 002-scripts-and-spreadsheets.mdx, a draft that links to a heading
// of the first note (a published one in clean/). Frontmatter mistakes go in the second note, so that no link points
// at the broken note.

const FIXTURES = "tests/fixtures/content-check";
const caseDir = (name: string) => path.join(repoRoot, FIXTURES, name);

/** The lines `npm run content:check` prints for a fixture, read through checkContent, as the script calls it. */
function problemLines(name: string): string[] {
  const { problems } = checkContent({
    contentDir: caseDir(name),
    appDir: path.join(repoRoot, "app"),
    // Fixtures that need an image to exist carry their own public/ folder; the others have none.
    publicDir: path.join(caseDir(name), "public"),
  });
  return problems.map(formatProblem);
}

/**
 * Runs the real `npm run content:check` script on a fixture, from the repository root as npm does. The script is
 * started with the project's own tsx (what `npm run content:check` runs), not through npx, so that npm's own
 * warnings about the machine's configuration cannot end up in the stderr these tests compare exactly.
 */
function runContentCheck(name: string) {
  const result = spawnSync(path.join(repoRoot, "node_modules/.bin/tsx"), ["scripts/content-check.ts"], {
    cwd: repoRoot,
    env: { ...process.env, CONTENT_DIR: `${FIXTURES}/${name}` },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const summary = (count: number) =>
  `${count} problem${count === 1 ? "" : "s"} found. Fix them and run npm run content:check again.`;

describe("npm run content:check, on a writer's content folder", () => {
  it("says the content is valid, counting the notes, lists the placeholders still to replace, and exits 0", () => {
    expect(problemLines("clean")).toEqual([]);
    const result = runContentCheck("clean");
    const at = (file: string, line: number) => `  ${FIXTURES}/clean/${file}:${line}: `;
    const example = "(an address on your own domain: this one is reserved for examples)";
    const price = (line: number, field: string, value: number) => `${at("engagements.yaml", line)}engagements.${field}: "${value}" (the consultant sets this)`;
    expect(result).toEqual({
      status: 0,
      stdout: [
        "Content is valid: 2 notes, site.yaml, engagements.yaml, home.yaml, about.yaml, privacy.yaml, booking.yaml.",
        "",
        "9 placeholders are still in the content. The site builds and runs, but replace them before you publish:",
        `${at("booking.yaml", 30)}meetingLink: "https://meet.example.com/ko-intro" ${example}`,
        `${at("booking.yaml", 33)}email.senderAddress: "bookings@example.com" ${example}`,
        `${at("booking.yaml", 34)}email.consultantAddress: "consultant@example.com" ${example}`,
        price(25, "0.investment.low", 6000),
        price(26, "0.investment.high", 9000),
        price(46, "1.investment.low", 36000),
        price(47, "1.investment.high", 72000),
        price(68, "2.investment.low", 4000),
        price(69, "2.investment.high", 6000),
        'Set each value and delete its "# placeholder" note. Until then the admin lists them too.',
        "",
      ].join("\n"),
      stderr: "",
    });
  }, 60_000);

  it("prints the problem with its file and line, then how many there are, and exits 1 (an HTML comment left in a draft)", () => {
    const note = `${FIXTURES}/mdx-syntax/notes/002-scripts-and-spreadsheets.mdx`;
    const result = runContentCheck("mdx-syntax");
    expect(result).toEqual({
      status: 1,
      stdout: "",
      stderr:
        `${note}:14: body: is not valid MDX: ` +
        "HTML comments (<!-- … -->) do not work in notes: write {/* like this */} instead\n" +
        "\n" +
        `${summary(1)}\n`,
    });
  }, 60_000);

  it("lists every problem in every file at once, file by file and top to bottom, so they can all be fixed in one pass", () => {
    const dir = `${FIXTURES}/everything-at-once`;
    const expected = [
      `${dir}/notes/001-first-month.mdx:16: link: #what-it-is-not is not a heading in this note`,
      `${dir}/notes/001-first-month.mdx:16: link: /notes/scripts-and-spreadsheet points to a note that does not exist`,
      `${dir}/notes/001-first-month.mdx:18: component: <Callout>: tone must be "note" or "warning"`,
      `${dir}/notes/001-first-month.mdx:29: image: /notes/first-month/whitebaord.png has no alt text: ` +
        "add a short description of what the image shows",
      `${dir}/notes/001-first-month.mdx:29: image: /notes/first-month/whitebaord.png does not exist: ` +
        "put the file in public/notes/first-month/whitebaord.png",
      `${dir}/notes/002-scripts-and-spreadsheets.mdx: summary: is required`,
      `${dir}/notes/002-scripts-and-spreadsheets.mdx:5: sumary: is not a known field (check its spelling)`,
      `${dir}/notes/002-scripts-and-spreadsheets.mdx:14: body: is not valid MDX: ` +
        "HTML comments (<!-- … -->) do not work in notes: write {/* like this */} instead",
      `${dir}/notes/003-first-month.mdx: slug: "first-month" is already used by ${dir}/notes/001-first-month.mdx`,
      `${dir}/notes/003-first-month.mdx:10: component: <Chart> is not a component notes can use ` +
        "(known: <Callout>, <EngagementRange>, <ReadinessSignals>, <StartConversation>)",
      `${dir}/notes/003-first-month.mdx:12: link: /feed points to a page that does not exist`,
      `${dir}/notes/004-hiring-the-first-ops-person.mdx:4: date: "2026-02-30" is not a real calendar date`,
      `${dir}/site.yaml:14: url: must be a full web address starting with https://`,
    ];
    expect(problemLines("everything-at-once")).toEqual(expected);
    const result = runContentCheck("everything-at-once");
    expect(result).toEqual({ status: 1, stdout: "", stderr: `${expected.join("\n")}\n\n${summary(13)}\n` });
  }, 60_000);
});

describe("content:check, one kind of mistake at a time", () => {
  const first = (name: string) => `${FIXTURES}/${name}/notes/001-first-month.mdx`;
  const second = (name: string) => `${FIXTURES}/${name}/notes/002-scripts-and-spreadsheets.mdx`;

  it("names a required field the writer left out, without a line, since it is nowhere in the file", () => {
    expect(problemLines("missing-field")).toEqual([`${second("missing-field")}: summary: is required`]);
  });

  it("points at a misspelled field name on its line, and names the field it left missing", () => {
    expect(problemLines("mistyped-field")).toEqual([
      `${second("mistyped-field")}: summary: is required`,
      `${second("mistyped-field")}:5: sumary: is not a known field (check its spelling)`,
    ]);
  });

  it("says 30 February is not a real calendar date, on the line of the date", () => {
    expect(problemLines("impossible-date")).toEqual([
      `${second("impossible-date")}:4: date: "2026-02-30" is not a real calendar date`,
    ]);
  });

  it("catches two notes both numbered 1, naming the file that had the number first", () => {
    const dir = `${FIXTURES}/duplicate-number/notes`;
    expect(problemLines("duplicate-number")).toEqual([
      `${dir}/001-scripts-and-spreadsheets.mdx: number: 1 is already used by ${dir}/001-first-month.mdx`,
    ]);
  });

  it("catches two files that would be published at the same address", () => {
    const dir = `${FIXTURES}/duplicate-slug/notes`;
    expect(problemLines("duplicate-slug")).toEqual([
      `${dir}/002-first-month.mdx: slug: "first-month" is already used by ${dir}/001-first-month.mdx`,
    ]);
  });

  it("reports text MDX cannot read (an HTML comment) on its line, with a hint for writing a comment", () => {
    expect(problemLines("mdx-syntax")).toEqual([
      `${second("mdx-syntax")}:14: body: is not valid MDX: ` +
        "HTML comments (<!-- … -->) do not work in notes: write {/* like this */} instead",
    ]);
  });

  it("asks for alt text when an image has none (the image file itself is there)", () => {
    expect(problemLines("image-no-alt")).toEqual([
      `${first("image-no-alt")}:16: image: /notes/first-month/whiteboard.png has no alt text: ` +
        "add a short description of what the image shows",
    ]);
  });

  it("says where to put an image file that is not there (its name misspelled in the note)", () => {
    expect(problemLines("image-missing")).toEqual([
      `${first("image-missing")}:16: image: /notes/first-month/whitebaord.png does not exist: ` +
        "put the file in public/notes/first-month/whitebaord.png",
    ]);
  });

  it("catches a link to a note that does not exist (its address misspelled)", () => {
    expect(problemLines("link-missing-note")).toEqual([
      `${first("link-missing-note")}:16: link: /notes/scripts-and-spreadsheet points to a note that does not exist`,
    ]);
  });

  it("catches a link to a page the site does not have (/feed for /feed.xml)", () => {
    expect(problemLines("link-missing-page")).toEqual([
      `${first("link-missing-page")}:16: link: /feed points to a page that does not exist`,
    ]);
  });

  it("catches a link to a heading that is not in the note (#what-it-is-not for ## What it isn't)", () => {
    expect(problemLines("link-missing-anchor")).toEqual([
      `${first("link-missing-anchor")}:16: link: #what-it-is-not is not a heading in this note`,
    ]);
  });

  it("names a component notes cannot use (<CallOut> for <Callout>), and lists the ones they can", () => {
    expect(problemLines("unknown-component")).toEqual([
      `${first("unknown-component")}:18: component: <CallOut> is not a component notes can use ` +
        "(known: <Callout>, <EngagementRange>, <ReadinessSignals>, <StartConversation>)",
    ]);
  });

  it("says which tones a <Callout> can have when it is given another", () => {
    expect(problemLines("bad-component-prop")).toEqual([
      `${first("bad-component-prop")}:18: component: <Callout>: tone must be "note" or "warning"`,
    ]);
  });

  it("finds nothing wrong in a clean folder, with the site's real public/ folder, and counts its notes", () => {
    const result = checkContent({
      contentDir: caseDir("clean"),
      appDir: path.join(repoRoot, "app"),
      publicDir: path.join(repoRoot, "public"),
    });
    expect(result).toEqual({ problems: [], noteCount: 2, settingsFiles: ["site.yaml", "engagements.yaml", "home.yaml", "about.yaml", "privacy.yaml", "booking.yaml"] });
  });
});

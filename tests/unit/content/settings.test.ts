import { describe, expect, it } from "vitest";
import { readSettingsFile } from "@/lib/content/settings";
import { siteSettingsSchema } from "@/lib/content/site-schema";
import { validateContent } from "@/lib/content/validate";
import { formatLongDate } from "@/lib/content/note-display";
import { contentErrorFrom, notesFixture, siteFixture } from "../fixtures";

const readSite = (dir: string) => readSettingsFile(dir, "site.yaml", siteSettingsSchema);

describe("the site's settings file", () => {
  it("reads a complete file, filling in the locale when it is left out", () => {
    const site = readSite(siteFixture("valid"));
    expect(site.siteName).toBe("ko · AI Operations");
    expect(site.url).toBe("https://fieldnotes.example");
    expect(site.noteCallToAction.button).toBe("Start a conversation");
    expect(site.social).toEqual([{ label: "LinkedIn", url: "https://www.linkedin.com/in/example" }]);
    expect(site.locale).toBe("en-US");
  });

  it("lists every mistake in the file at once: a misspelled field, a bad address and email, a missing button", () => {
    const file = "tests/fixtures/site/mistakes/site.yaml";
    expect(contentErrorFrom(() => readSite(siteFixture("mistakes"))).message).toBe(
      "Content has 5 problems:\n" +
        `  ${file}: siteName: is required\n` +
        `  ${file}:11: noteCallToAction.button: is required\n` +
        `  ${file}:9: url: must be a full web address starting with https://\n` +
        `  ${file}:10: email: must be an email address\n` +
        `  ${file}:5: siteNme: is not a known field (check its spelling)`,
    );
  });

  it("names the file when it is missing from the content folder", () => {
    expect(contentErrorFrom(() => readSite(notesFixture("valid"))).message).toBe(
      "Content has 1 problem:\n  tests/fixtures/notes/valid/site.yaml: (whole file): is missing",
    );
  });

  it("reports YAML it cannot read, at the line of the file where the mistake is", () => {
    expect(contentErrorFrom(() => readSite(siteFixture("bad-yaml"))).message).toBe(
      "Content has 1 problem:\n" +
        "  tests/fixtures/site/bad-yaml/site.yaml:3: (whole file): is not valid YAML: Map keys must be unique; a field is written twice",
    );
  });

  it("reports a file whose every line is commented out", () => {
    expect(contentErrorFrom(() => readSite(siteFixture("only-comments"))).message).toBe(
      "Content has 1 problem:\n" +
        "  tests/fixtures/site/only-comments/site.yaml: (whole file): must be a list of fields, one `name: value` a line",
    );
  });

  it("points at a misspelled field inside a group by its full name", () => {
    const valid = readSite(siteFixture("valid"));
    const { heading, body } = valid.noteCallToAction;
    const { problems } = validateContent(
      siteSettingsSchema,
      { ...valid, noteCallToAction: { heading, body, buton: "Start" } },
      "content/site.yaml",
    );
    expect(problems).toEqual([
      { file: "content/site.yaml", field: "noteCallToAction.button", message: "is required" },
      { file: "content/site.yaml", field: "noteCallToAction.buton", message: "is not a known field (check its spelling)" },
    ]);
  });

  it("accepts only web addresses a visitor can open: http(s), not ftp: or javascript:", () => {
    const valid = readSite(siteFixture("valid"));
    const { problems } = validateContent(
      siteSettingsSchema,
      {
        ...valid,
        url: "http://fieldnotes.example",
        social: [
          { label: "Files", url: "ftp://files.example" },
          { label: "Trick", url: "javascript:alert(1)" },
        ],
      },
      "content/site.yaml",
    );
    expect(problems).toEqual([
      { file: "content/site.yaml", field: "social.0.url", message: "must be a full web address starting with https://" },
      { file: "content/site.yaml", field: "social.1.url", message: "must be a full web address starting with https://" },
    ]);
  });

  // "en_US" would make every date on the site throw "RangeError: Incorrect locale information provided".
  it("rejects a locale that dates cannot be written in", () => {
    expect(() => formatLongDate("2026-04-09", "en_US")).toThrow(RangeError);
    const valid = readSite(siteFixture("valid"));
    expect(validateContent(siteSettingsSchema, { ...valid, locale: "en_US" }, "content/site.yaml").problems).toEqual([
      { file: "content/site.yaml", field: "locale", message: '"en_US" is not a language tag dates can be written in (try en-US)' },
    ]);
  });
});

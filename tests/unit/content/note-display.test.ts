import { afterEach, describe, expect, it } from "vitest";
import { readNotes } from "@/lib/content/notes";
import { formatLongDate, formatNoteNumber, formatReadingTime, formatSeriesLine } from "@/lib/content/note-display";
import { notesFixture } from "../fixtures";

describe("the series line under a note's title", () => {
  it('reads "Field notes · No. 01 · April 9, 2026 · 6 min read"', () => {
    expect(formatSeriesLine({ number: 1, date: "2026-04-09", readingMinutes: 6 })).toBe(
      "Field notes · No. 01 · April 9, 2026 · 6 min read",
    );
  });

  it("is built from the note file's own number, date and reading time", () => {
    const [note] = readNotes(notesFixture("valid"));
    expect(formatSeriesLine(note!)).toBe("Field notes · No. 01 · April 9, 2026 · 6 min read");
  });

  it("follows the site's locale", () => {
    expect(formatSeriesLine({ number: 1, date: "2026-04-09", readingMinutes: 6 }, "en-GB")).toBe(
      "Field notes · No. 01 · 9 April 2026 · 6 min read",
    );
  });
});

describe("the parts of the series line", () => {
  it("pads the note number to two digits, and no further", () => {
    expect(formatNoteNumber(7)).toBe("No. 07");
    expect(formatNoteNumber(12)).toBe("No. 12");
    expect(formatNoteNumber(123)).toBe("No. 123");
  });

  it("writes reading time as 'N min read'", () => {
    expect(formatReadingTime(11)).toBe("11 min read");
  });

  describe("the date", () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    it("is the date the writer wrote, even on a machine west of Greenwich", () => {
      process.env.TZ = "America/Los_Angeles";
      expect(formatLongDate("2026-01-01")).toBe("January 1, 2026");
    });

    it("is the date the writer wrote, even on a machine east of Greenwich", () => {
      process.env.TZ = "Pacific/Auckland";
      expect(formatLongDate("2026-12-31")).toBe("December 31, 2026");
    });
  });
});

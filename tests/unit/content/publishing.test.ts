import { describe, expect, it } from "vitest";
import { readNotes } from "@/lib/content/notes";
import { countTags, findAdjacentNotes, selectPublishedNotes } from "@/lib/content/publishing";
import { NOW, notesFixture } from "../fixtures";

// Fixture notes: 1 (2026-04-09), 2 (2026-03-30), 3 (draft, 2026-04-09), 4 (scheduled, 2026-06-01). Now is 2026-04-20.
const allNotes = readNotes(notesFixture("valid"));
const numbers = (notes: readonly { number: number }[]) => notes.map((note) => note.number);

describe("what readers see", () => {
  const published = selectPublishedNotes(allNotes, { preview: false, now: NOW });

  it("lists published notes newest first, by date rather than by number", () => {
    expect(numbers(published)).toEqual([1, 2]);
  });

  it("hides a draft", () => {
    expect(published.some((note) => note.draft)).toBe(false);
    expect(published.map((note) => note.slug)).not.toContain("a-draft-in-progress");
  });

  it("hides a note dated in the future until its date", () => {
    expect(published.map((note) => note.slug)).not.toContain("scheduled-for-june");
  });

  it("shows a scheduled note from the first moment of its date (UTC), not a second before", () => {
    expect(numbers(selectPublishedNotes(allNotes, { preview: false, now: new Date("2026-05-31T23:59:59Z") }))).toEqual([1, 2]);
    expect(numbers(selectPublishedNotes(allNotes, { preview: false, now: new Date("2026-06-01T00:00:00Z") }))).toEqual([4, 1, 2]);
  });

  it("puts the higher number first when two notes share a date", () => {
    const [one, two] = allNotes;
    const sameDay = [one!, { ...two!, date: one!.date }];
    expect(numbers(selectPublishedNotes(sameDay, { preview: false, now: NOW }))).toEqual([2, 1]);
    expect(numbers(selectPublishedNotes([...sameDay].reverse(), { preview: false, now: NOW }))).toEqual([2, 1]);
  });

  it("leaves the list it was given in its original order", () => {
    const input = [...allNotes];
    selectPublishedNotes(input, { preview: true, now: NOW });
    expect(numbers(input)).toEqual([1, 2, 3, 4]);
  });
});

describe("what the writer sees while previewing", () => {
  it("includes drafts and scheduled notes, still newest first, ties broken by the higher number", () => {
    expect(numbers(selectPublishedNotes(allNotes, { preview: true, now: NOW }))).toEqual([4, 3, 1, 2]);
  });
});

describe("moving between notes", () => {
  const published = selectPublishedNotes(allNotes, { preview: false, now: NOW });
  const previewed = selectPublishedNotes(allNotes, { preview: true, now: NOW });

  it("offers the older note from the newest one, and nothing newer", () => {
    const { newer, older } = findAdjacentNotes(published, "the-first-month");
    expect(newer).toBeUndefined();
    expect(older?.slug).toBe("scripts-and-spreadsheets");
  });

  it("offers the newer note from the oldest one, and nothing older", () => {
    const { newer, older } = findAdjacentNotes(published, "scripts-and-spreadsheets");
    expect(newer?.slug).toBe("the-first-month");
    expect(older).toBeUndefined();
  });

  it("offers both neighbours from a note in the middle", () => {
    const { newer, older } = findAdjacentNotes(previewed, "a-draft-in-progress");
    expect(newer?.slug).toBe("scheduled-for-june");
    expect(older?.slug).toBe("the-first-month");
  });

  it("offers nothing for a note that is not in the list (a hidden draft)", () => {
    expect(findAdjacentNotes(published, "a-draft-in-progress")).toEqual({});
  });
});

describe("the tag list", () => {
  it("counts each tag across the published notes, most used first, then alphabetically", () => {
    const published = selectPublishedNotes(allNotes, { preview: false, now: NOW });
    expect(countTags(published)).toEqual([
      { tag: "ai-operations", count: 2 },
      { tag: "automation", count: 1 },
      { tag: "consulting", count: 1 },
    ]);
  });

  it("counts the tags of drafts and scheduled notes only when they are shown", () => {
    expect(countTags(allNotes)).toEqual([
      { tag: "ai-operations", count: 3 },
      { tag: "consulting", count: 2 },
      { tag: "automation", count: 1 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { readNotes } from "@/lib/content/notes";
import { countTags, findReadNext, selectPublishedNotes } from "@/lib/content/publishing";
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

describe("the note offered at the end of a note", () => {
  const slugOf = (result: ReturnType<typeof findReadNext>) => result && { slug: result.note.slug, reason: result.reason };
  const [first, second] = allNotes;

  it("is the next note in the series: the first published after this one", () => {
    expect(slugOf(findReadNext(allNotes, "scripts-and-spreadsheets", NOW))).toEqual({ slug: "the-first-month", reason: "next" });
  });

  it("is, for the newest note, the one sharing a tag with it, and never a draft or a scheduled note", () => {
    // Note 3 (a draft, same date, higher number) and note 4 (scheduled for June) would otherwise come next.
    expect(slugOf(findReadNext(allNotes, "the-first-month", NOW))).toEqual({ slug: "scripts-and-spreadsheets", reason: "related" });
  });

  it("offers a scheduled note once its date has come", () => {
    const june = new Date("2026-06-01T00:00:00Z");
    expect(slugOf(findReadNext(allNotes, "the-first-month", june))).toEqual({ slug: "scheduled-for-june", reason: "next" });
    expect(slugOf(findReadNext(allNotes, "the-first-month", new Date("2026-05-31T23:59:59Z")))?.slug).not.toBe("scheduled-for-june");
  });

  it("offers a draft being previewed a published note, never another draft", () => {
    expect(slugOf(findReadNext(allNotes, "a-draft-in-progress", NOW))).toEqual({ slug: "the-first-month", reason: "related" });
  });

  it("prefers the note sharing the most tags, then the newest", () => {
    const notes = [
      { ...first!, slug: "one-tag-newer", number: 10, date: "2026-04-01", tags: ["hiring"] },
      { ...first!, slug: "two-tags-older", number: 11, date: "2026-03-01", tags: ["hiring", "tools"] },
      { ...first!, slug: "one-tag-older", number: 12, date: "2026-02-01", tags: ["tools"] },
      { ...first!, slug: "newest", number: 13, date: "2026-04-15", tags: ["hiring", "tools"] },
    ];
    expect(slugOf(findReadNext(notes, "newest", NOW))).toEqual({ slug: "two-tags-older", reason: "related" });
    expect(slugOf(findReadNext(notes.slice(0, 1).concat(notes[2]!, notes[3]!), "newest", NOW))).toEqual({ slug: "one-tag-newer", reason: "related" });
  });

  it("falls back to the latest other note when none comes after and none shares a tag", () => {
    const untagged = { ...second!, slug: "untagged", number: 9, date: "2026-04-15", tags: [] };
    expect(slugOf(findReadNext([...allNotes, untagged], "untagged", NOW))).toEqual({ slug: "the-first-month", reason: "latest" });
  });

  it("offers nothing for the only note, or for a note that does not exist", () => {
    expect(findReadNext([first!], "the-first-month", NOW)).toBeUndefined();
    expect(findReadNext(allNotes, "no-such-note", NOW)).toBeUndefined();
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

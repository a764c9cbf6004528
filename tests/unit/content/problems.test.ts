import { describe, expect, it } from "vitest";
import { ContentError, formatProblem } from "@/lib/content/problems";

describe("a content problem, as the writer reads it", () => {
  it("reads 'file: field: message'", () => {
    expect(formatProblem({ file: "content/notes/001-x.mdx", field: "title", message: "is required" })).toBe(
      "content/notes/001-x.mdx: title: is required",
    );
  });

  it("adds the line number after the file when it is known", () => {
    expect(formatProblem({ file: "content/notes/001-x.mdx", line: 3, field: "title", message: "is required" })).toBe(
      "content/notes/001-x.mdx:3: title: is required",
    );
  });
});

describe("a ContentError", () => {
  const titleMissing = { file: "content/notes/001-x.mdx", field: "title", message: "is required" };
  const dateWrong = { file: "content/notes/002-y.mdx", field: "date", message: '"2026-02-30" is not a real calendar date' };

  it("says '1 problem' for one problem", () => {
    expect(new ContentError([titleMissing]).message).toBe(
      "Content has 1 problem:\n  content/notes/001-x.mdx: title: is required",
    );
  });

  it("lists every problem, one an indented line, and counts them", () => {
    expect(new ContentError([titleMissing, dateWrong]).message).toBe(
      "Content has 2 problems:\n" +
        "  content/notes/001-x.mdx: title: is required\n" +
        '  content/notes/002-y.mdx: date: "2026-02-30" is not a real calendar date',
    );
  });

  it("is an Error named ContentError that keeps its problems for tools to read", () => {
    const error = new ContentError([titleMissing, dateWrong]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ContentError");
    expect(error.problems).toEqual([titleMissing, dateWrong]);
  });
});

import { z } from "zod";
import { isoDate, kebabCase, requiredText } from "./fields";

/** The frontmatter of a field note: both its validation and its type. */
export const noteFrontmatterSchema = z
  .strictObject({
    title: requiredText(140),
    number: z
      .number({ error: (issue) => (issue.input === undefined ? "is required" : "must be a whole number, like 3") })
      .int("must be a whole number, like 3")
      .positive("must be 1 or more"),
    date: isoDate,
    summary: requiredText(320),
    tags: z
      .array(
        z.string({ error: "each tag must be text" }).regex(kebabCase, {
          error: (issue) => `"${String(issue.input)}" must be lowercase words joined by hyphens, like ai-operations`,
        }),
        {
          error: "must be a list, like [operations, automation]",
        },
      )
      .default([]),
    draft: z.boolean({ error: "must be true or false" }).default(false),
    updated: isoDate.optional(),
  }, { error: "must be a list of fields, one `name: value` a line" })
  .refine((note) => !note.updated || note.updated >= note.date, {
    path: ["updated"],
    error: (issue) => `must be on or after the note's date (${(issue.input as { date: string }).date})`,
  });

export type NoteFrontmatter = z.infer<typeof noteFrontmatterSchema>;
export const noteFields = ["title", "number", "date", "summary", "tags", "draft", "updated"] as const;

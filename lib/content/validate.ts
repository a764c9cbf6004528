import type { z } from "zod";
import type { ContentProblem } from "./problems";

/** Validates data against a content schema, turning each failure into a problem that names the file and field. */
export function validateContent<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
): { value: z.output<T>; problems: [] } | { value: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  return { value: undefined, problems: result.error.issues.flatMap((issue) => toProblems(issue, file)) };
}

function toProblems(issue: z.core.$ZodIssue, file: string): ContentProblem[] {
  const field = issue.path.map(String).join(".") || "(whole file)";
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      file,
      field: issue.path.length ? `${field}.${key}` : key,
      message: "is not a known field (check its spelling)",
    }));
  }
  return [{ file, field, message: issue.message }];
}

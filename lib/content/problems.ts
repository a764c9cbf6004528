import path from "node:path";

/** One thing wrong in a content file, phrased for the person who wrote it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  line?: number;
}

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ""}: ${field}: ${message}`;
}

/** Thrown when content cannot be published; the message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "ContentError";
  }
}

/** A YAML parser's complaint, without the parser's jargon, with a hint for the commonest cause. */
export function describeYamlError(error: unknown): string {
  const first = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/:\s*$/, "");
  const line = first.match(/at line (\d+)/)?.[1];
  return `is not valid YAML${line ? ` (line ${line} of the frontmatter)` : ""}: ${first}. If a value contains a colon, put it in quotes`;
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

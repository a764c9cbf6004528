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

/** A YAML parser's complaint in plain words, with its line in the file (lineOffset: lines before the YAML starts). */
export function describeYamlError(error: unknown, lineOffset = 0): { message: string; line?: number } {
  const text = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
  const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
  const reason = text.replace(/ at line \d+, column \d+:?\s*$/, "").replace(/:\s*$/, "");
  const hint = /mapping/i.test(reason)
    ? "; a value that contains a colon must be in quotes"
    : /unique/i.test(reason)
      ? "; a field is written twice"
      : "";
  return { message: `is not valid YAML: ${reason}${hint}`, line: yamlLine ? yamlLine + lineOffset : undefined };
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

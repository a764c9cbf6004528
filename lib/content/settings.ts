import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { validateContent } from "./validate";
import { yamlLineFinder } from "./yaml-lines";
import { ContentError, describeYamlError, displayPath } from "./problems";

/** Reads a YAML settings file from the content folder and validates it, or throws naming the file and field. */
export function readSettingsFile<T extends z.ZodType>(dir: string, name: string, schema: T): z.output<T> {
  const file = path.join(dir, name);
  const shown = displayPath(file);
  if (!fs.existsSync(file)) throw new ContentError([{ file: shown, field: "(whole file)", message: "is missing" }]);
  const source = fs.readFileSync(file, "utf8");
  let data: unknown;
  try {
    data = YAML.parse(source);
  } catch (error) {
    throw new ContentError([{ file: shown, field: "(whole file)", ...describeYamlError(error) }]);
  }
  const { value, problems } = validateContent(schema, data, shown);
  if (problems.length) {
    const lineOf = yamlLineFinder(source);
    throw new ContentError(problems.map((problem) => ({ ...problem, line: lineOf(problem.field) })));
  }
  return value as z.output<T>;
}

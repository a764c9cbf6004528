import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import readingTime from "reading-time";
import YAML from "yaml";
import { noteFrontmatterSchema, type NoteFrontmatter } from "./note-schema";
import { ContentError, describeYamlError, displayPath, type ContentProblem } from "./problems";
import { kebabCase } from "./fields";
import { validateContent } from "./validate";
import { analyzeNoteBody, MdxSyntaxError, type NoteBody, type NoteSection } from "./note-body";
import { yamlLineFinder } from "./yaml-lines";

export interface Note extends NoteFrontmatter {
  /** From the file name, without its number prefix: 001-what-it-means.mdx → what-it-means. */
  slug: string;
  /** The file name without extension, which is how the page imports the compiled MDX. */
  fileName: string;
  /** The file's path as shown in messages. */
  file: string;
  body: string;
  /** The line of the file the body starts on, so what is found in the body is reported at its line in the file. */
  bodyLine: number;
  readingMinutes: number;
}

export interface ReadOptions {
  /**
   * Also read each body as MDX (its syntax, sections, links and components). The content check does, before every
   * build; pages do not, and read one note's body when they show it (noteSections), so listing notes stays quick.
   */
  bodies?: boolean;
}

const NOTE_EXTENSION = ".mdx";

// The YAML 1.2 core schema keeps dates as text, so an impossible date is reported rather than rolled over.
// gray-matter would also run `---js` frontmatter as JavaScript: parseNote refuses any language name before calling it,
// and the engine is switched off here as well, so a note's frontmatter can never run.
const notCode = () => {
  throw new Error("frontmatter must be YAML");
};
const frontmatterOptions = { engines: { yaml: (text: string) => (YAML.parse(text) ?? {}) as object, javascript: notCode } };

/** The word after the opening --- (`---js`), which gray-matter takes as the frontmatter's language; "" for plain ---. */
function frontmatterLanguage(source: string): string {
  return source.replace(/^\uFEFF/, "").match(/^---(?!-)([^\r\n]*)/)?.[1]?.trim() ?? "";
}

export function slugFromFileName(fileName: string): string {
  return fileName.replace(/^\d+-/, "");
}

/** Parses and validates one note's source: its frontmatter, and its body too unless `bodies` is false. */
export function parseNote(file: string, source: string, { bodies = true }: ReadOptions = {}): { note?: Note; problems: ContentProblem[] } {
  const language = frontmatterLanguage(source);
  if (language) {
    const message = `is marked "${language}" after the opening ---: notes take YAML only, so the first line must be just ---`;
    return { problems: [{ file, line: 1, field: "frontmatter", message }] };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, frontmatterOptions);
  } catch (error) {
    // gray-matter keeps the newline after the opening ---, so YAML lines are already file lines.
    return { problems: [{ file, field: "frontmatter", ...describeYamlError(error) }] };
  }
  const fileName = path.basename(file, NOTE_EXTENSION);
  const slug = slugFromFileName(fileName);
  const problems: ContentProblem[] = [];
  if (!parsed.matter?.trim()) {
    problems.push({ file, field: "frontmatter", message: "is missing: start the file with a --- block" });
  }
  if (!kebabCase.test(slug)) {
    problems.push({
      file,
      field: "slug",
      message: `"${slug}" (from the file name) must be lowercase words joined by hyphens, like 004-my-note.mdx`,
    });
  }
  const { value, problems: fieldProblems } = validateContent(noteFrontmatterSchema, parsed.data, file);
  const lineOf = yamlLineFinder(parsed.matter ?? "");
  problems.push(...fieldProblems.map((problem) => ({ ...problem, line: lineOf(problem.field) })));
  const prefix = fileName.match(/^(\d+)-/)?.[1];
  if (value && prefix && Number(prefix) !== value.number) {
    const message = `is ${value.number}, but the file name starts with ${prefix}: make them agree`;
    problems.push({ file, line: lineOf("number"), field: "number", message });
  }
  const bodyLine = lineWhereBodyStarts(source, parsed.content);
  let body: NoteBody | undefined;
  if (bodies) {
    try {
      body = readBodyAt(parsed.content, bodyLine);
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      problems.push(bodyProblem(file, error));
    }
  }
  if (!value || problems.length) return { problems };
  const readingMinutes = Math.max(1, Math.round(readingTime(parsed.content).minutes));
  const note: Note = { ...value, slug, fileName, file, body: parsed.content, bodyLine, readingMinutes };
  if (body) bodiesRead.set(note, body);
  return { note, problems };
}

// gray-matter's content is the end of the file, after the closing --- and its newline.
function lineWhereBodyStarts(source: string, body: string): number {
  return source.slice(0, source.length - body.length).split("\n").length;
}

const bodiesRead = new WeakMap<Note, NoteBody>();

/**
 * A note's body read as MDX, once per note: its sections and what it points at, at their lines in the file.
 * Throws an MdxSyntaxError (with its line in the file) when the body is not valid MDX.
 */
export function readNoteBody(note: Note): NoteBody {
  let body = bodiesRead.get(note);
  if (!body) {
    body = readBodyAt(note.body, note.bodyLine);
    bodiesRead.set(note, body);
  }
  return body;
}

/** The h2 sections, for the table of contents; a body that is not valid MDX throws a ContentError naming its line. */
export function noteSections(note: Note): NoteSection[] {
  try {
    return readNoteBody(note).sections;
  } catch (error) {
    if (error instanceof MdxSyntaxError) throw new ContentError([bodyProblem(note.file, error)]);
    throw error;
  }
}

function bodyProblem(file: string, error: MdxSyntaxError): ContentProblem {
  return { file, line: error.line, field: "body", message: `is not valid MDX: ${error.reason}` };
}

// The body is read on its own, so its lines count from 1: move them to where it starts in the file.
function readBodyAt(text: string, bodyLine: number): NoteBody {
  const shift = bodyLine - 1;
  const at = <T extends { line?: number }>(item: T): T => (item.line === undefined ? item : { ...item, line: item.line + shift });
  let body: NoteBody;
  try {
    body = analyzeNoteBody(text);
  } catch (error) {
    if (error instanceof MdxSyntaxError && error.line !== undefined) throw new MdxSyntaxError(error.reason, error.line + shift);
    throw error;
  }
  const { links, images, components, expressions } = body;
  return { ...body, links: links.map(at), images: images.map(at), components: components.map(at), expressions: expressions.map(at) };
}

/** Reads every note in a folder, reporting all problems at once, duplicates included; bodies too unless told not to. */
export function collectNotes(dir: string, options: ReadOptions = {}): { notes: Note[]; problems: ContentProblem[] } {
  const notes: Note[] = [];
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(dir)) {
    return { notes, problems: [{ file: displayPath(dir), field: "(folder)", message: "does not exist: notes go in this folder" }] };
  }
  const names = fs.readdirSync(dir).filter((name) => name.endsWith(NOTE_EXTENSION)).sort();
  for (const name of names) {
    const file = displayPath(path.join(dir, name));
    const result = parseNote(file, fs.readFileSync(path.join(dir, name), "utf8"), options);
    problems.push(...result.problems);
    if (result.note) notes.push(result.note);
  }
  problems.push(...findDuplicates(notes, "number"), ...findDuplicates(notes, "slug"));
  return { notes, problems };
}

/** The address of every note file in a folder, whether or not the note reads correctly. */
export function listNoteSlugs(dir: string): Set<string> {
  if (!fs.existsSync(dir)) return new Set();
  return new Set(fs.readdirSync(dir).filter((name) => name.endsWith(NOTE_EXTENSION)).map((name) => slugFromFileName(path.basename(name, NOTE_EXTENSION))));
}

/**
 * Reads every note in a folder as pages list them: frontmatter and reading time, each body as MDX only when its page
 * asks (noteSections), since the content check has read every body before the build. Throws a ContentError naming
 * each problem.
 */
export function readNotes(dir: string): Note[] {
  const { notes, problems } = collectNotes(dir, { bodies: false });
  if (problems.length) throw new ContentError(problems);
  return notes;
}

function findDuplicates(notes: Note[], field: "number" | "slug"): ContentProblem[] {
  const firstByValue = new Map<string | number, Note>();
  const problems: ContentProblem[] = [];
  for (const note of notes) {
    const first = firstByValue.get(note[field]);
    if (first) {
      problems.push({ file: note.file, field, message: `${JSON.stringify(note[field])} is already used by ${first.file}` });
    } else {
      firstByValue.set(note[field], note);
    }
  }
  return problems;
}

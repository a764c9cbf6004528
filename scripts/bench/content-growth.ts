// Content growth: the site's content with N notes written for the purpose, in a folder inside the project (the
// build resolves notes through tsconfig paths, which must stay under the project root). Reading all notes through
// lib/content is timed here; the build is timed by run.ts.
import fs from "node:fs";
import path from "node:path";
import { readNotes } from "../../lib/content/notes";

const growthRoot = ".bench";

const paragraph =
  "Most of the week goes on work that repeats: the same invoice coded the same way, the same recap typed again, " +
  "the same numbers pulled into the same report. The first step is to write down who does it, how often and how long it takes.";

function noteSource(number: number, date: string): string {
  const sections = [1, 2, 3].map((section) => `## Part ${section}\n\n${paragraph}\n\n- a list item\n- another item\n\n${paragraph}\n`);
  return `---
title: A note on the work, number ${number}
number: ${number}
date: ${date}
summary: >-
  What changes when the repeated work goes, in note number ${number}.
tags: [${number % 2 ? "ai-operations" : "consulting"}]
---

${sections.join("\n")}`;
}

/** A copy of `contentDir`'s settings with `count` notes of about 400 words each, dated one a day up to 2026-01-01. */
export function writeGrowthContent(contentDir: string, count: number): string {
  const dir = path.join(growthRoot, `content-${count}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "notes"), { recursive: true });
  for (const entry of fs.readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.isFile()) fs.copyFileSync(path.join(contentDir, entry.name), path.join(dir, entry.name));
  }
  const last = Date.UTC(2026, 0, 1);
  for (let number = 1; number <= count; number++) {
    const date = new Date(last - (count - number) * 86_400_000).toISOString().slice(0, 10);
    fs.writeFileSync(path.join(dir, "notes", `${String(number).padStart(4, "0")}-note-${number}.mdx`), noteSource(number, date));
  }
  return dir;
}

/** Milliseconds to read, validate and sort every note of `dir`, the way the pages load them (median of 3). */
export function timeNoteLoading(dir: string): { ms: number; notes: number } {
  const times: number[] = [];
  let notes = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    notes = readNotes(path.join(dir, "notes")).length;
    times.push(performance.now() - start);
  }
  return { ms: times.sort((a, b) => a - b)[1]!, notes };
}

export function removeGrowthContent() {
  fs.rmSync(growthRoot, { recursive: true, force: true });
}

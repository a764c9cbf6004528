// Content growth: the site's content with N notes written for the purpose, in a folder inside the project (the
// build resolves notes through tsconfig paths, which must stay under the project root). Reading all notes through
// lib/content is timed here, each time in a fresh process; the build is timed by run.ts.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

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

export interface NoteLoading {
  ms: number;
  cpuMs: number;
  notes: number;
}

/**
 * Reading every note of `dir` in a fresh process each time (scripts/bench/load-notes-once.ts), median of `runs`: as
 * the pages do (frontmatter, reading time), or with `bodies` as the content check does before each build.
 */
export function timeNoteLoading(dir: string, { bodies = false, runs = 3 } = {}): NoteLoading {
  const results: NoteLoading[] = [];
  for (let run = 0; run < runs; run++) {
    const args = ["--import", "tsx", "scripts/bench/load-notes-once.ts", path.join(dir, "notes"), ...(bodies ? ["--bodies"] : [])];
    const child = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`load-notes-once failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout) as NoteLoading);
  }
  const median = (pick: (r: NoteLoading) => number) => results.map(pick).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { ms: median((r) => r.ms), cpuMs: median((r) => r.cpuMs), notes: results[0]!.notes };
}

export function removeGrowthContent() {
  fs.rmSync(growthRoot, { recursive: true, force: true });
}

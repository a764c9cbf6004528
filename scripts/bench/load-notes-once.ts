// One fresh process reading every note of a folder, as a page's first request or a build worker does (frontmatter
// and reading time), or with --bodies as the content check does (each body read as MDX too). Loading the modules is
// not counted. Prints { ms, cpuMs, notes } as JSON; content-growth.ts runs it.
import { collectNotes } from "../../lib/content/notes";

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error("usage: load-notes-once.ts <notes folder> [--bodies]");
const cpuBefore = process.cpuUsage();
const start = performance.now();
const { notes, problems } = collectNotes(dir, { bodies: mode === "--bodies" });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
if (problems.length) throw new Error(`${problems.length} problems in ${dir}`);
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, notes: notes.length }));

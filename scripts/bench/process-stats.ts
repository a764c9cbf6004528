// A server process's own CPU time and resident memory, read from /proc (Linux). CPU time per request is steadier
// than requests per second on a machine that is doing other things: it counts only what the server itself spent.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

let ticksPerSecond: number | undefined;

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat (100 on nearly every Linux). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const answer = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim());
    ticksPerSecond = Number.isFinite(answer) && answer > 0 ? answer : 100;
  }
  return ticksPerSecond;
}

/** The fields of /proc/<pid>/stat after the name, which is in parentheses and may hold spaces of its own. */
function statFields(pid: number): { name: string; fields: string[] } {
  const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const close = text.lastIndexOf(")");
  return { name: text.slice(text.indexOf("(") + 1, close), fields: text.slice(close + 2).split(" ") };
}

/** Whether /proc can be read here: elsewhere the CPU and memory columns say so instead of guessing. */
export const canReadProcesses = fs.existsSync("/proc/self/stat");

/** User + system CPU time the process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  // Fields 14 and 15 of stat (utime, stime); the list here starts at field 3 (state).
  const { fields } = statFields(pid);
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
}

/** Resident memory (VmRSS), in bytes. */
export function rssBytes(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) * 1024;
}

/**
 * The process that serves the requests: `next start` renames itself `next-server (v…)` and serves in that same
 * process, but should a version ever serve from a child, the child is the one to measure, not the wrapper.
 */
export function nextServerPid(pid: number): number {
  const queue = [pid];
  while (queue.length) {
    const candidate = queue.shift()!;
    if (statFields(candidate).name.startsWith("next-server")) return candidate;
    queue.push(...childrenOf(candidate));
  }
  throw new Error(`no next-server process at or under process ${pid}`);
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(Number(entry)).fields[1]) === pid) children.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return children;
}

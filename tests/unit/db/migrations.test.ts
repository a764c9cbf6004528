import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { StorageConfig } from "@/lib/db/connect";
import { migrations } from "@/lib/db/migrations";
import { repoRoot } from "../fixtures";

type Report = { applied: string[] } | { error: string };

/** Starts the processes, lets them all migrate at once, and collects what each one did. */
async function migrateFromProcesses(config: StorageConfig, count: number): Promise<Report[]> {
  const children = Array.from({ length: count }, () =>
    fork(path.join(repoRoot, "tests/unit/db/concurrent-migrator.ts"), {
      cwd: repoRoot,
      execArgv: ["--import", "tsx"],
      env: { ...process.env, MIGRATOR_CONFIG: JSON.stringify(config) },
    }),
  );
  await Promise.all(children.map((child) => new Promise((resolve) => child.once("message", resolve))));
  const reports = children.map((child) => new Promise<Report>((resolve) => child.once("message", (report) => resolve(report as Report))));
  for (const child of children) child.send("go");
  return Promise.all(reports);
}

describe("a new SQLite database opened by several processes at once", () => {
  it("is migrated exactly once, and no process fails", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "migrate-race-")), "site.sqlite");
    const reports = await migrateFromProcesses({ kind: "sqlite", file }, 4);
    expect(reports.filter((report) => "error" in report)).toEqual([]);
    const applied = reports.flatMap((report) => ("applied" in report ? report.applied : []));
    expect(applied.sort()).toEqual(Object.keys(migrations).sort());
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }, 60_000);
});

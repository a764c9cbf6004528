import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countBookings } from "@/lib/db/bookings";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { repoRoot } from "../fixtures";
import { berlinRules, NOW, OPEN_SLOT } from "./booking-fixtures";

const PROCESSES = 10;
const ATTEMPTS_EACH = 5;

// Real concurrency: ten processes, each with its own connection, race for one slot five times each. On SQLite they
// contend for the file's write lock; on PostgreSQL for the advisory lock and the unique index.
async function race(test: TestStorage): Promise<string[]> {
  const children: ChildProcess[] = [];
  const results: Promise<string[]>[] = [];
  const ready: Promise<void>[] = [];
  for (let worker = 0; worker < PROCESSES; worker++) {
    const child = fork(path.join(repoRoot, "tests/unit/booking/concurrent-booker.ts"), {
      cwd: repoRoot,
      execArgv: ["--import", "tsx"],
      env: {
        ...process.env,
        BOOKER_ORDERS: JSON.stringify({
          config: test.config,
          rules: berlinRules,
          now: NOW.toISOString(),
          start: OPEN_SLOT.toISOString(),
          attempts: ATTEMPTS_EACH,
          worker,
        }),
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    children.push(child);
    ready.push(new Promise((resolve, reject) => {
      child.once("message", (message) => (message === "ready" ? resolve() : reject(new Error(String(message)))));
      child.once("exit", (code) => reject(new Error(`booker ${worker} exited with ${code} before it was ready`)));
    }));
  }
  await Promise.all(ready);
  for (const [worker, child] of children.entries()) {
    results.push(new Promise((resolve, reject) => {
      child.once("message", (message) => resolve(message as string[]));
      child.once("exit", (code) => reject(new Error(`booker ${worker} exited with ${code} without reporting`)));
    }));
  }
  for (const child of children) child.send("go");
  return (await Promise.all(results)).flat();
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`fifty founders want the same time, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    beforeEach(async () => {
      test = await backend.create();
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    it("exactly one gets it and the other 49 are told it is taken", { timeout: 60_000 }, async () => {
      const outcomes = await race(test);
      expect(outcomes).toHaveLength(PROCESSES * ATTEMPTS_EACH);
      expect(outcomes.filter((outcome) => outcome === "booked")).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === "taken")).toHaveLength(49);
      expect(await countBookings(test.storage.db)).toBe(1);
    });
  });
}

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// A production server (`next start` on the drill's build) the drill can start, kill and start again. Its output goes
// to a log file per server, so a drill can point at it when something goes wrong.

export interface SiteServer {
  port: number;
  url: string;
  pid: number;
  log: string;
  /** SIGKILL: the process gets no chance to finish anything. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after a few seconds. */
  stop(): Promise<void>;
  /** "running", or how the process ended (when a drill finds the server gone). */
  state(): string;
}

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

export async function startSiteServer(port: number, env: Record<string, string>, log: string): Promise<SiteServer> {
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: "",
      SMTP_URL: "",
      ...env,
    },
    stdio: ["ignore", out, out],
    // Its own process group, so a kill reaches any process it started and nothing else.
    detached: true,
  });
  fs.closeSync(out);
  let ended: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      ended = `exited with ${signal ?? code}`;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, log);
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  return {
    port,
    url,
    pid: child.pid!,
    log,
    async kill() {
      await signal("SIGKILL");
      await exited;
    },
    state: () => ended ?? "running",
    async stop() {
      await signal("SIGTERM");
      const timer = setTimeout(() => void signal("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${log}`);
    try {
      // The health check opens (and migrates) the database, so the first booking does not pay for it.
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
  throw new Error(`next start on ${url} did not answer within 60 s; see ${log}`);
}

// Starts the servers the bench measures, each in a process of its own so its CPU time and memory are its own (the
// bench's autocannon runs in the bench's process): `next start` for a build, and the static baseline. Stops each with
// everything it spawned (its own process group).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { canReadProcesses, cpuMs, nextServerPid, rssBytes } from "./process-stats";

export interface RunningServer {
  origin: string;
  /** The process that serves the requests (for `next start`, the next-server process itself). */
  pid: number;
  /** Its user + system CPU time so far, in ms; undefined where /proc cannot be read. */
  cpuMs: () => number | undefined;
  /** Its resident memory, in bytes; undefined where /proc cannot be read. */
  rssBytes: () => number | undefined;
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
// A benchmark stopped with Ctrl-C or by an error does not leave servers behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) kill(child);
    process.exit(130);
  });
}
process.on("exit", () => running.forEach(kill));

function kill(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {}
}

function track(child: ChildProcess): () => Promise<void> {
  running.add(child);
  return async () => {
    if (!running.delete(child)) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    kill(child);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
}

function measured(origin: string, pid: number, stop: () => Promise<void>): RunningServer {
  return {
    origin,
    pid,
    cpuMs: () => (canReadProcesses ? cpuMs(pid) : undefined),
    rssBytes: () => (canReadProcesses ? rssBytes(pid) : undefined),
    stop,
  };
}

export async function startNext(options: { dir: string; port: number; env?: Record<string, string | undefined>; readyPath?: string }): Promise<RunningServer> {
  // localhost, not 127.0.0.1: the site's security headers ask a browser to upgrade requests and remember HTTPS,
  // which Chromium leaves alone only for localhost.
  const origin = `http://localhost:${options.port}`;
  if (await fetch(origin).then(() => true, () => false)) throw new Error(`port ${options.port} is already in use: stop that server first`);
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", String(options.port)], {
    cwd: options.dir,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
  const stop = track(child);
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start in ${options.dir} exited with ${child.exitCode}`);
    const ok = await fetch(origin + (options.readyPath ?? "/")).then((r) => r.ok, () => false);
    if (ok) return measured(origin, canReadProcesses ? nextServerPid(child.pid!) : child.pid!, stop);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the server on ${origin} did not start`);
}

/**
 * The static baseline (static-baseline.ts) in a process of its own, serving the pages it saved from the running site
 * at `siteOrigin`. `node --import tsx` runs the file in that one process, with no launcher in between.
 */
export async function startStaticServer(siteOrigin: string, paths: readonly string[], port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/bench/static-baseline.ts"), siteOrigin, ...paths], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
    env: { ...process.env, PORT: String(port) },
  });
  const stop = track(child);
  const origin = await new Promise<string | undefined>((resolve) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const serving = /Serving .* at (http:\/\/\S+)/.exec(text);
      if (serving) resolve(serving[1]);
    });
    child.once("exit", () => resolve(undefined));
    setTimeout(() => resolve(undefined), 60_000);
  });
  if (!origin) {
    await stop();
    throw new Error(`the static baseline on port ${port} did not start`);
  }
  return measured(origin, child.pid!, stop);
}

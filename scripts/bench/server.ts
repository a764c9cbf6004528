// Starts `next start` for a build and stops it with everything it spawned (its own process group).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface RunningServer {
  origin: string;
  pid: number;
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
  running.add(child);
  const stop = async () => {
    if (!running.delete(child)) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    kill(child);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start in ${options.dir} exited with ${child.exitCode}`);
    const ok = await fetch(origin + (options.readyPath ?? "/")).then((r) => r.ok, () => false);
    if (ok) return { origin, pid: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the server on ${origin} did not start`);
}

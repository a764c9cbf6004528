import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface RadicaleServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  user: string;
  password: string;
  /** A calendar collection created for the test, ending in "/". */
  calendarUrl: string;
  /** Kills the server and waits for it to exit. Storage is kept, so `start()` brings the same calendar back. */
  stop(): Promise<void>;
  /** Starts it again on the same port and storage (for "server down, then back" tests). */
  start(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

/** Radicale processes still running and temporary folders, cleaned up when this process exits. */
const running = new Set<ChildProcess>();
const folders = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of running) child.kill("SIGKILL");
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });
}

function findRadicale(): string {
  const dirs = ["/usr/bin", ...(process.env.PATH ?? "").split(path.delimiter)];
  for (const dir of dirs) {
    const candidate = path.join(dir, "radicale");
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error("Radicale is not installed; these tests need a real CalDAV server: apt-get install -y radicale");
}

const FOLDER_PREFIX = "radicale-test-";

/**
 * Removes the temporary folders of earlier runs whose process is gone. Test runners do not always let a worker run its
 * "exit" handlers, so each folder records the pid that made it and the next run cleans up after a dead one.
 */
function removeStaleFolders(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(os.tmpdir(), name);
    try {
      const owner = Number(fs.readFileSync(path.join(folder, "owner.pid"), "utf8"));
      if (owner && isAlive(owner)) continue;
      fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // being created right now, or not ours to remove
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Launches radicale through python so that it first asks Linux to send it SIGTERM when its parent dies
 * (PR_SET_PDEATHSIG): even if the test process is killed outright, no server is left behind.
 */
const LAUNCHER = [
  "import ctypes, os, signal, sys",
  "try:",
  "    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)",
  "except Exception:",
  "    pass",
  "os.execv(sys.argv[1], sys.argv[1:])",
].join("\n");

/** A real Radicale CalDAV server on 127.0.0.1 with one user and one empty calendar, in a temporary folder. */
export async function startRadicale(): Promise<RadicaleServer> {
  const radicale = findRadicale();
  installExitHook();
  removeStaleFolders();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), FOLDER_PREFIX));
  folders.add(dir);
  fs.writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
  const port = await freePort();
  const user = "consultant";
  const password = "caldav-test-password";
  const url = `http://127.0.0.1:${port}/`;
  const configPath = path.join(dir, "config");
  fs.writeFileSync(path.join(dir, "users"), `${user}:${password}\n`);
  fs.writeFileSync(
    configPath,
    [
      "[server]",
      `hosts = 127.0.0.1:${port}`,
      "[auth]",
      "type = htpasswd",
      `htpasswd_filename = ${path.join(dir, "users")}`,
      "htpasswd_encryption = plain",
      // No random pause after a wrong password, so the 401 test stays fast.
      "delay = 0",
      "[rights]",
      "type = owner_only",
      "[storage]",
      `filesystem_folder = ${path.join(dir, "collections")}`,
      "[web]",
      "type = none",
      "[logging]",
      "level = warning",
      "",
    ].join("\n"),
  );

  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  async function start(): Promise<void> {
    if (child) return;
    const proc = spawn("python3", ["-c", LAUNCHER, radicale, "--config", configPath], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    child = proc;
    running.add(proc);
    let stderr = "";
    proc.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-8_000);
    });
    let exitInfo: string | undefined;
    exited = new Promise<void>((resolve) => {
      proc.once("exit", (code, signal) => {
        exitInfo = signal ? `signal ${signal}` : `code ${code}`;
        running.delete(proc);
        if (child === proc) child = undefined;
        resolve();
      });
    });
    proc.once("error", (error) => {
      exitInfo = `spawn error: ${error.message}`;
      running.delete(proc);
      if (child === proc) child = undefined;
    });

    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    for (;;) {
      if (exitInfo) {
        throw new Error(`radicale exited during startup (${exitInfo}); its stderr:\n${stderr || "(empty)"}`);
      }
      try {
        // Any HTTP answer (a 401 here) means the server is up.
        await fetch(url, { method: "OPTIONS", signal: AbortSignal.timeout(1_000) });
        return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(
          `radicale did not answer on ${url} within ${STARTUP_TIMEOUT_MS / 1000} s; its stderr:\n${stderr || "(empty)"}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function stop(): Promise<void> {
    const proc = child;
    if (!proc) return;
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  await start();
  const calendarUrl = `${url}${user}/test-calendar/`;
  try {
    const response = await fetch(calendarUrl, {
      method: "MKCALENDAR",
      headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}` },
    });
    if (response.status !== 201) {
      throw new Error(`MKCALENDAR ${calendarUrl} answered ${response.status}: ${await response.text()}`);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    user,
    password,
    calendarUrl,
    stop,
    start,
  };
}

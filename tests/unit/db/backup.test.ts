import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateToLatest, openStorage, type Storage } from "@/lib/db/connect";
import { backupSqlite, defaultBackupFile, maskDatabaseUrl } from "@/lib/db/backup";
import { enqueueEmail } from "@/lib/email/outbox";

const root = path.resolve(import.meta.dirname, "../../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

/** Runs one of the scripts as `npm run` would, with the environment given (and neither DATABASE_URL nor DATA_DIR otherwise). */
function runScript(script: "db-backup" | "db-restore", args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _url, DATA_DIR: _dir, ...rest } = process.env;
  return spawnSync(tsx, [path.join(root, `scripts/${script}.ts`), ...args], { cwd: root, env: { ...rest, ...env }, encoding: "utf8", timeout: 60_000 });
}

let dir: string;
const open: Storage[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
});
afterEach(async () => {
  for (const storage of open.splice(0)) await storage.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The site's own database in `folder` (as DATA_DIR), migrated, with `rows` blocks of time off and one email. */
async function siteDatabase(folder: string, rows: number, { keepOpen = false } = {}): Promise<string> {
  const file = path.join(folder, "site.sqlite");
  const storage = openStorage({ kind: "sqlite", file });
  await migrateToLatest(storage);
  const at = new Date("2026-06-01T12:00:00.000Z");
  for (let i = 0; i < rows; i++) {
    await storage.db
      .insertInto("time_off")
      .values({ id: `seed-${i}`, start_at: at.toISOString(), end_at: at.toISOString(), note: "x".repeat(200), created_at: at.toISOString() })
      .execute();
  }
  await enqueueEmail(storage.db, { kind: "test", recipient: "a@example.com", subject: "Kept", text: "t", html: "h", sendAfter: at }, at);
  if (keepOpen) open.push(storage);
  else await storage.close();
  return file;
}

async function timeOffIds(file: string): Promise<string[]> {
  const storage = openStorage({ kind: "sqlite", file });
  open.push(storage);
  await migrateToLatest(storage);
  return (await storage.db.selectFrom("time_off").select("id").execute()).map((row) => row.id);
}

/** A second process inserting rows one transaction at a time until killed. */
function startWriter(file: string): ChildProcess {
  const code = `
    const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
    const db = new Database(${JSON.stringify(file)}, { timeout: 10000 });
    db.pragma("journal_mode = WAL");
    const insert = db.prepare("insert into time_off (id, start_at, end_at, note, created_at) values (?, '2026-06-01T12:00:00.000Z', '2026-06-01T13:00:00.000Z', ?, '2026-06-01T12:00:00.000Z')");
    let n = 0;
    const step = () => { for (let i = 0; i < 20; i++) insert.run("w-" + String(n++).padStart(8, "0"), "y".repeat(300)); setImmediate(step); };
    step();`;
  return spawn(process.execPath, ["-e", code], { stdio: "ignore" });
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a SQLite backup", () => {
  it("taken while another process writes, opens, passes integrity_check and holds every row committed before it began", async () => {
    const file = await siteDatabase(dir, 2_000);
    const writer = startWriter(file);
    const reader = new SqliteDatabase(file, { readonly: true });
    const count = () => (reader.prepare("select count(*) as n from time_off where id like 'w-%'").get() as { n: number }).n;
    try {
      await waitFor(() => count() >= 500);
      const before = (reader.prepare("select id from time_off").all() as { id: string }[]).map((row) => row.id);
      const { file: copy, bytes } = await backupSqlite(file, path.join(dir, "backups", "copy.sqlite"));
      expect(bytes).toBe(fs.statSync(copy).size);
      const written = count();
      await waitFor(() => count() > written);

      const backup = new SqliteDatabase(copy, { readonly: true, fileMustExist: true });
      try {
        expect(backup.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(backup.pragma("journal_mode", { simple: true })).toBe("delete");
        const held = new Set((backup.prepare("select id from time_off").all() as { id: string }[]).map((row) => row.id));
        expect(before.filter((id) => !held.has(id))).toEqual([]);
        expect(held.size).toBeGreaterThanOrEqual(before.length);
        expect(held.size).toBeLessThan(count() + 2_000);
      } finally {
        backup.close();
      }
      expect(fs.existsSync(`${copy}-wal`)).toBe(false);
    } finally {
      writer.kill();
      reader.close();
    }
  });

  it("is refused over an existing file, and for a database that is not there", async () => {
    const file = await siteDatabase(dir, 1);
    fs.writeFileSync(path.join(dir, "taken.sqlite"), "mine");
    await expect(backupSqlite(file, path.join(dir, "taken.sqlite"))).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(path.join(dir, "taken.sqlite"), "utf8")).toBe("mine");
    await expect(backupSqlite(path.join(dir, "nothing.sqlite"), path.join(dir, "out.sqlite"))).rejects.toThrow(/no database/);
  });

  it("is named after the moment it was taken, in backups/", () => {
    expect(defaultBackupFile(new Date("2026-06-01T12:34:56.789Z"))).toBe(path.join("backups", "site-2026-06-01T12-34-56Z.sqlite"));
  });
});

describe("npm run db:backup", () => {
  it("copies DATA_DIR's database to the file named, prints it with its size and says the check passed", async () => {
    await siteDatabase(dir, 10);
    const target = path.join(dir, "out", "nightly.sqlite");
    const result = runScript("db-backup", [target], { DATA_DIR: dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(target);
    expect(result.stdout).toContain(`${fs.statSync(target).size} bytes`);
    expect(result.stdout).toContain("integrity_check: ok");
    expect(await timeOffIds(target)).toHaveLength(10);
  }, 60_000);

  it("with DATABASE_URL prints the pg_dump command, the password masked, and exits 0 without dumping", () => {
    const result = runScript("db-backup", [], { DATABASE_URL: "postgres://site:s3cret-pw@db.internal:5432/bookings" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('pg_dump --format=custom --no-owner --file=backups/site-');
    expect(result.stdout).toContain('"$DATABASE_URL"');
    expect(result.stdout).toContain("postgres://site:****@db.internal:5432/bookings");
    expect(result.stdout + result.stderr).not.toContain("s3cret-pw");
  }, 60_000);

  it("masks only the password of a URL", () => {
    expect(maskDatabaseUrl("postgres://u:p@h/d")).toBe("postgres://u:****@h/d");
    expect(maskDatabaseUrl("postgres://u@h/d")).toBe("postgres://u@h/d");
  });
});

describe("npm run db:restore", () => {
  let backup: string;
  beforeEach(async () => {
    const source = fs.mkdtempSync(path.join(dir, "source-"));
    backup = path.join(dir, "backup.sqlite");
    await backupSqlite(await siteDatabase(source, 25), backup);
  });

  it("puts a backup into a fresh DATA_DIR, where the site's storage finds its rows", async () => {
    const target = path.join(dir, "fresh");
    const result = runScript("db-restore", [backup], { DATA_DIR: target });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const storage = openStorage({ kind: "sqlite", file: path.join(target, "site.sqlite") });
    open.push(storage);
    await migrateToLatest(storage);
    expect(await storage.db.selectFrom("time_off").select("id").execute()).toHaveLength(25);
    expect(await storage.db.selectFrom("outbox").select("subject").execute()).toEqual([{ subject: "Kept" }]);
    expect(fs.readdirSync(target)).toEqual(expect.arrayContaining(["site.sqlite"]));
    expect(fs.readdirSync(target).filter((name) => name.includes(".restore-"))).toEqual([]);
  }, 60_000);

  it("refuses a database another process has open, even with --force, and leaves it as it was", async () => {
    const target = path.join(dir, "running");
    await siteDatabase(target, 3, { keepOpen: true });
    const result = runScript("db-restore", [backup, "--force"], { DATA_DIR: target });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("in use");
    expect(await timeOffIds(path.join(target, "site.sqlite"))).toHaveLength(3);
  }, 60_000);

  it("refuses a file that is not a SQLite database, and a SQLite database that is not the site's", () => {
    const target = path.join(dir, "fresh");
    const text = path.join(dir, "notes.txt");
    fs.writeFileSync(text, "not a database at all, but long enough to have a header");
    let result = runScript("db-restore", [text], { DATA_DIR: target });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is not a SQLite database");

    const other = path.join(dir, "other.sqlite");
    const database = new SqliteDatabase(other);
    database.exec("create table things (id integer)");
    database.close();
    result = runScript("db-restore", [other], { DATA_DIR: target });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("not this site's");

    result = runScript("db-restore", [path.join(dir, "missing.sqlite")], { DATA_DIR: target });
    expect(result.status).toBe(1);
    expect(fs.existsSync(path.join(target, "site.sqlite"))).toBe(false);
  }, 60_000);

  it("refuses an existing database without --force; with it, replaces it and removes its stale -wal and -shm", async () => {
    const target = path.join(dir, "existing");
    const file = await siteDatabase(target, 3);
    let result = runScript("db-restore", [backup], { DATA_DIR: target });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("already exists");
    expect(result.stderr).toContain("--force");
    expect(await timeOffIds(file)).toHaveLength(3);
    for (const storage of open.splice(0)) await storage.close();

    // What a crashed process leaves beside the file.
    fs.writeFileSync(`${file}-wal`, "");
    fs.writeFileSync(`${file}-shm`, Buffer.alloc(32_768, 7));
    result = runScript("db-restore", [backup, "--force"], { DATA_DIR: target });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
    expect(await timeOffIds(file)).toHaveLength(25);
  }, 60_000);

  it("without a file, says how to use it", () => {
    const result = runScript("db-restore", [], { DATA_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Usage: npm run db:restore");
  }, 60_000);

  it("with DATABASE_URL prints the pg_restore and psql commands, the password masked, and exits 0", () => {
    const result = runScript("db-restore", ["backups/site.dump"], { DATABASE_URL: "postgres://site:s3cret-pw@db.internal/bookings" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" backups/site.dump');
    expect(result.stdout).toContain('psql "$DATABASE_URL"');
    expect(result.stdout).not.toContain("s3cret-pw");
  }, 60_000);
});

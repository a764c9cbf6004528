import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";

// Backups of the site's SQLite file, and putting one back. A backup is taken through SQLite's online backup API while
// the site runs (a WAL reader never blocks the site's writers), so it is one consistent moment of the database; a
// restore copies a checked backup into place only when no process has the database open. PostgreSQL is backed up by
// its own tools (pg_dump, pg_restore): this module only says how.

/** The tables a backup of this site must hold. */
export const SITE_TABLES = ["kysely_migration", "bookings", "outbox"] as const;

/** Thrown for every reason a backup or a restore is refused; `message` says what to do. */
export class BackupRefused extends Error {
  override name = "BackupRefused";
}

/** `backups/site-2026-05-01T12-00-00Z.sqlite`: the default name of a backup taken at `now`. */
export function defaultBackupFile(now: Date, dir = "backups"): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, "Z").replaceAll(":", "-");
  return path.join(dir, `site-${stamp}.sqlite`);
}

/**
 * Copies the SQLite database at `source` into `destination` (a new file), through the online backup API, while other
 * connections go on reading and writing it. The copy holds every transaction committed before it started, is left as
 * one self-contained file (journal mode DELETE, no -wal beside it), and is checked with integrity_check.
 */
export async function backupSqlite(source: string, destination: string): Promise<{ file: string; bytes: number }> {
  if (!fs.existsSync(source)) throw new BackupRefused(`There is no database at ${source} to back up (set DATA_DIR to where it lives).`);
  const file = path.resolve(destination);
  if (fs.existsSync(file)) throw new BackupRefused(`${file} already exists; a backup never overwrites a file. Name another.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(source, { fileMustExist: true, timeout: 10_000 });
  try {
    // Every remaining page in one step: the step reads one snapshot, so a write meanwhile cannot restart the copy.
    await database.backup(file, { progress: () => 0x7fffffff });
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  } finally {
    database.close();
  }
  checkSiteDatabase(file, { ownCopy: true });
  return { file, bytes: fs.statSync(file).size };
}

/**
 * Checks that `file` is a SQLite database that passes integrity_check and holds the site's tables; throws
 * BackupRefused saying what is wrong otherwise. Opens it read-only, unless it is `ownCopy` (a copy this module just
 * made): that is opened for writing and left in journal mode DELETE, one self-contained file. `name` is what the
 * messages call it.
 */
export function checkSiteDatabase(file: string, { ownCopy = false, name = file } = {}): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new BackupRefused(`${name} is not a file.`);
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString("latin1") !== "SQLite format 3\0") throw new BackupRefused(`${name} is not a SQLite database.`);
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(file, { fileMustExist: true, readonly: !ownCopy });
  } catch (error) {
    throw new BackupRefused(`${name} cannot be opened as a SQLite database: ${message(error)}`);
  }
  try {
    let result: string[];
    try {
      if (ownCopy) database.pragma("journal_mode = DELETE");
      result = (database.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
    } catch (error) {
      throw new BackupRefused(`${name} cannot be read as a SQLite database: ${message(error)}`);
    }
    if (result.length !== 1 || result[0] !== "ok") {
      throw new BackupRefused(`${name} fails SQLite's integrity_check: ${result.slice(0, 5).join("; ")}`);
    }
    const tables = new Set(
      (database.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((row) => row.name),
    );
    const missing = SITE_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0) throw new BackupRefused(`${name} is a SQLite database, but not this site's: it has no ${missing.join(", ")} table.`);
  } finally {
    database.close();
  }
}

/**
 * Whether another process has the SQLite database at `file` open. The site keeps it open in WAL mode, and SQLite
 * lets a connection leave WAL mode only when it is the database's only one, so a refusal to switch (with no busy
 * timeout) means another connection holds it; BEGIN EXCLUSIVE then catches one in the middle of a transaction on a
 * database not in WAL mode. Leaves the file in journal mode DELETE when nobody holds it (it is about to be replaced).
 */
export function sqliteInUse(file: string): boolean {
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(file, { fileMustExist: true, timeout: 0 });
  } catch {
    return false;
  }
  try {
    database.pragma("busy_timeout = 0");
    database.pragma("journal_mode = DELETE");
    database.exec("begin exclusive");
    database.exec("rollback");
    return false;
  } catch (error) {
    if (/locked|busy/i.test(message(error))) return true;
    // Not a database SQLite can lock (a damaged file): nobody can be using it as one.
    return false;
  } finally {
    database.close();
  }
}

/**
 * Puts the backup `source` in place of the site's database `target`: checks the backup, refuses a target another
 * process has open (always: stop the site first) and an existing one unless `force`, then copies the backup beside
 * the target, checks the copy and renames it into place, removing the target's -wal and -shm files.
 */
export function restoreSqlite(source: string, target: string, { force = false } = {}): { file: string; bytes: number; replaced: boolean } {
  const file = path.resolve(target);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The backup is checked as a copy beside the target, so the backup itself is never written to (a backup left in
  // WAL mode must be opened for writing to be read) and what is checked is what is renamed into place.
  const temporary = `${file}.restore-${process.pid}`;
  try {
    if (!fs.existsSync(source) || !fs.statSync(source).isFile()) throw new BackupRefused(`${source} is not a file.`);
    fs.copyFileSync(source, temporary);
    checkSiteDatabase(temporary, { ownCopy: true, name: source });
    const exists = fs.existsSync(file);
    refuseToReplace(file, exists, force);
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    fs.renameSync(temporary, file);
    return { file, bytes: fs.statSync(file).size, replaced: exists };
  } finally {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(temporary + suffix, { force: true });
  }
}

function refuseToReplace(file: string, exists: boolean, force: boolean): void {
  if (exists && sqliteInUse(file)) {
    throw new BackupRefused(
      `${file} is in use: another process (the site, a script) has it open. Stop it first, then restore; --force does not override this, since the running site would go on writing into the file it opened and lose every change.`,
    );
  }
  if (exists && !force) {
    throw new BackupRefused(`${file} already exists. Restoring replaces every booking in it with the backup's; add --force to do that.`);
  }
}

/** A PostgreSQL URL fit to print: its password replaced by ****. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(DATABASE_URL, which is not a valid URL)";
  }
}

/** What to run to back up a PostgreSQL database: the server's own pg_dump, in its custom format. */
export function postgresBackupCommand(url: string, now: Date): string[] {
  const file = defaultBackupFile(now).replace(/\.sqlite$/, ".dump");
  return [
    `DATABASE_URL is set (${maskDatabaseUrl(url)}), so the bookings live in PostgreSQL.`,
    "Back it up with PostgreSQL's own tool, which takes a consistent snapshot while the site runs and knows the server's",
    "version, roles and types; this script does not copy a server's data itself. Run, where pg_dump matches the server:",
    "",
    `  mkdir -p backups && pg_dump --format=custom --no-owner --file=${file} "$DATABASE_URL"`,
    "",
    "Restore it with: npm run db:restore " + file,
  ];
}

/** What to run to restore a PostgreSQL database from a pg_dump file. */
export function postgresRestoreCommand(url: string, file: string): string[] {
  return [
    `DATABASE_URL is set (${maskDatabaseUrl(url)}), so the bookings live in PostgreSQL.`,
    "Restore it with PostgreSQL's own tools, with the site stopped; this script does not write into a server itself.",
    "For a dump in pg_dump's custom format (what npm run db:backup suggests):",
    "",
    `  pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" ${file}`,
    "",
    "For a plain SQL dump (pg_dump without --format):",
    "",
    `  psql "$DATABASE_URL" --single-transaction --set ON_ERROR_STOP=1 --file=${file}`,
  ];
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

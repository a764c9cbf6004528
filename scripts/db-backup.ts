// Backs up the site's database. SQLite: a consistent copy through SQLite's online backup API, safe while the site
// runs, to the path given or backups/site-<timestamp>.sqlite, then checked with integrity_check. PostgreSQL
// (DATABASE_URL): prints the pg_dump command to run, since the server's own tool is the right one.
import { storageConfigFromEnv } from "../lib/db/connect";
import { BackupRefused, backupSqlite, defaultBackupFile, postgresBackupCommand } from "../lib/db/backup";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((arg) => arg.startsWith("-"))) {
    console.error("Usage: npm run db:backup [-- FILE]   (default: backups/site-<timestamp>.sqlite)");
    return 1;
  }
  const config = storageConfigFromEnv();
  if (config.kind === "postgres") {
    for (const line of postgresBackupCommand(config.url, new Date())) console.log(line);
    return 0;
  }
  const destination = args[0] ?? defaultBackupFile(new Date());
  try {
    const { file, bytes } = await backupSqlite(config.file, destination);
    console.log(`Backed up ${config.file}`);
    console.log(`to ${file} (${formatBytes(bytes)})`);
    console.log("integrity_check: ok; the copy holds the site's tables.");
    console.log("Keep a copy off this machine: see docs/reliability.md#backups.");
    return 0;
  } catch (error) {
    console.error(error instanceof BackupRefused ? error.message : `The backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB, ${bytes} bytes`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB, ${bytes} bytes`;
}

void main().then((code) => {
  process.exitCode = code;
});

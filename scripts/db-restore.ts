// Puts a backup in place of the site's SQLite database (in DATA_DIR): checks that FILE is a SQLite database that passes
// integrity_check and holds the site's tables, refuses a database another process has open (stop the site first) and
// an existing one without --force. PostgreSQL (DATABASE_URL): prints the pg_restore / psql command to run.
import { storageConfigFromEnv } from "../lib/db/connect";
import { BackupRefused, postgresRestoreCommand, restoreSqlite } from "../lib/db/backup";

const USAGE = "Usage: npm run db:restore -- FILE [--force]   (--force replaces an existing database that no process has open)";

function main(): number {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((arg) => arg !== "--force");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    console.error(files.length === 0 ? `Name the backup to restore.\n${USAGE}` : USAGE);
    return 1;
  }
  const source = files[0]!;
  const config = storageConfigFromEnv();
  if (config.kind === "postgres") {
    for (const line of postgresRestoreCommand(config.url, source)) console.log(line);
    return 0;
  }
  try {
    const { file, bytes, replaced } = restoreSqlite(source, config.file, { force });
    console.log(`Restored ${source}`);
    console.log(`${replaced ? "over" : "to"} ${file} (${bytes} bytes); integrity_check: ok.`);
    console.log("Start the site: it opens the restored database and brings its tables up to date.");
    return 0;
  } catch (error) {
    console.error(
      error instanceof BackupRefused
        ? `Not restored: ${error.message}`
        : `The restore failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

process.exitCode = main();

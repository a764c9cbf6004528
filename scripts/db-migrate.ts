// Brings the database named by the environment (DATABASE_URL, else SQLite in DATA_DIR) up to date, for deployments.
import { migrateToLatest, openStorage, storageConfigFromEnv } from "../lib/db/connect";

const config = storageConfigFromEnv();
const storage = openStorage(config);
const where = config.kind === "sqlite" ? `SQLite at ${config.file}` : "PostgreSQL (DATABASE_URL)";
async function main() {
  try {
    const { results = [] } = await migrateToLatest(storage);
    for (const result of results) console.log(`${result.status === "Success" ? "applied" : result.status}: ${result.migrationName}`);
    console.log(results.length ? `${where} is up to date.` : `${where} was already up to date.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await storage.close();
  }
}

void main();

// One of several processes that open a brand-new database at the same moment and bring it up to date, as the
// site's server and the mail sender's cron job may. It reports the migrations it applied, or its error.
import { migrateToLatest, openStorage, type StorageConfig } from "../../../lib/db/connect";

const storage = openStorage(JSON.parse(process.env.MIGRATOR_CONFIG!) as StorageConfig);

process.once("message", async () => {
  const report = await migrateToLatest(storage).then(
    (result) => ({ applied: (result.results ?? []).map((migration) => migration.migrationName) }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  await storage.close();
  process.send!(report, () => process.exit(0));
});
process.send!("ready");

import { migrateToLatest, openStorage, storageConfigFromEnv, type Storage } from "./connect";

// Kept on globalThis: the server's pages and route handlers are separate bundles, each with its own copy of this
// module, and they must share one connection pool and one migration.
const shared = globalThis as typeof globalThis & { siteStorage?: Promise<Storage> };

/** The site's storage, opened and migrated on first use, then shared by every request in this process. */
export function getStorage(): Promise<Storage> {
  shared.siteStorage ??= (async () => {
    const storage = openStorage(storageConfigFromEnv());
    try {
      await migrateToLatest(storage);
      return storage;
    } catch (error) {
      shared.siteStorage = undefined;
      await storage.close();
      throw error;
    }
  })();
  return shared.siteStorage;
}

export type { Storage } from "./connect";

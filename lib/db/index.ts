import { migrateToLatest, openStorage, storageConfigFromEnv, type Storage } from "./connect";

let ready: Promise<Storage> | undefined;

/** The site's storage, opened and migrated on first use, then shared by every request in this process. */
export function getStorage(): Promise<Storage> {
  ready ??= (async () => {
    const storage = openStorage(storageConfigFromEnv());
    try {
      await migrateToLatest(storage);
      return storage;
    } catch (error) {
      ready = undefined;
      await storage.close();
      throw error;
    }
  })();
  return ready;
}

export type { Storage } from "./connect";

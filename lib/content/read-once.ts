const values = new Map<string, unknown>();

/**
 * Content is read from disk once per production process (it cannot change under a running build) and on every call
 * while writing (npm run dev), so an edit shows on the next reload. Keyed by path, so another CONTENT_DIR is another read.
 */
export function readOnce<T>(key: string, read: () => T): T {
  if (process.env.NODE_ENV === "development") return read();
  if (!values.has(key)) values.set(key, read());
  return values.get(key) as T;
}

import path from "node:path";
import { openStorage, SQLITE_FILE_NAME } from "@/lib/db/connect";

/**
 * Moves a booking's call to ten minutes ago, as if its time had come and it were under way: bookings can only be made
 * for later, and a call can only be marked as held once it has started (it can still be cancelled until it ends).
 */
export async function callTimeHasCome(bookingId: string): Promise<void> {
  const storage = openStorage({ kind: "sqlite", file: path.join(process.env.E2E_DATA_DIR!, SQLITE_FILE_NAME) });
  try {
    // To the millisecond, so no two tests' calls land on one start time.
    const start = new Date(Date.now() - 10 * 60_000);
    const end = new Date(start.getTime() + 30 * 60_000);
    await storage.db.updateTable("bookings").set({ start_at: start.toISOString(), end_at: end.toISOString() }).where("id", "=", bookingId).executeTakeFirstOrThrow();
  } finally {
    await storage.close();
  }
}

import path from "node:path";
import { openStorage, SQLITE_FILE_NAME } from "@/lib/db/connect";
import { recordFailure } from "@/lib/email/outbox-claims";

/**
 * Makes one of a booking's emails fail for good, as the sender records it when the mail server keeps refusing: the
 * end-to-end mail server accepts everything, so a failure has to be recorded by hand.
 */
export async function failEmailOfBooking(bookingId: string, kind: string, error: string): Promise<void> {
  const storage = openStorage({ kind: "sqlite", file: path.join(process.env.E2E_DATA_DIR!, SQLITE_FILE_NAME) });
  try {
    const sender = "end-to-end-test";
    const claimed = await storage.db
      .updateTable("outbox")
      // Back in line and claimed, as the sender holds an email it is about to try: only such an email's failure counts.
      .set({ status: "pending", claimed_by: sender, claimed_until: new Date(Date.now() + 60_000).toISOString() })
      .where("topic", "=", `booking:${bookingId}`)
      .where("kind", "=", kind)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordFailure(storage.db, claimed, sender, new Date(), error, { maxAttempts: 1, firstDelayMs: 60_000, maxDelayMs: 60_000 });
  } finally {
    await storage.close();
  }
}

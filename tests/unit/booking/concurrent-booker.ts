// One competitor in the concurrency test: a separate process with its own database connection. It opens the
// database, says it is ready, waits for the starting signal, books the same slot several times at once and reports.
import { createBooking } from "../../../lib/booking/service";
import { openStorage, type StorageConfig } from "../../../lib/db/connect";
import type { AvailabilityRules } from "../../../lib/content/booking-schema";
import { berlinMail, founder } from "./booking-fixtures";

interface Orders {
  config: StorageConfig;
  rules: AvailabilityRules;
  now: string;
  start: string;
  attempts: number;
  worker: number;
}

const orders = JSON.parse(process.env.BOOKER_ORDERS!) as Orders;
const storage = openStorage(orders.config);

process.once("message", async () => {
  const outcomes = await Promise.all(
    Array.from({ length: orders.attempts }, (_, attempt) =>
      createBooking(
        storage,
        orders.rules,
        new Date(orders.now),
        founder({ email: `founder-${orders.worker}-${attempt}@example.com`, start: new Date(orders.start) }),
        berlinMail,
      ).then(
        (outcome) => (outcome.kind === "unavailable" ? outcome.reason : outcome.kind),
        (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
      ),
    ),
  );
  await storage.close();
  process.send!(outcomes, () => process.exit(0));
});

// A trivial query first, so the connection is open before the race starts.
storage.db
  .selectFrom("bookings")
  .select("id")
  .limit(1)
  .execute()
  .then(() => process.send!("ready"));

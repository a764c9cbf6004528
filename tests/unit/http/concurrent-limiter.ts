// One of several processes that open the same database and try one rate-limited key all at once, as two instances
// of the site behind one load balancer would. It reports how many of its attempts were allowed.
import { openStorage, type StorageConfig } from "../../../lib/db/connect";
import { createRateLimiter } from "../../../lib/db/rate-limits";

interface Orders {
  config: StorageConfig;
  limit: number;
  windowMs: number;
  key: string;
  attempts: number;
  now: string;
}

const orders = JSON.parse(process.env.LIMITER_ORDERS!) as Orders;
const storage = openStorage(orders.config);
const limiter = createRateLimiter(async () => storage, { scope: "booking", limit: orders.limit, windowMs: orders.windowMs });

process.once("message", async () => {
  const report = await Promise.all(Array.from({ length: orders.attempts }, () => limiter.attempt(orders.key, new Date(orders.now)))).then(
    (decisions) => ({ allowed: decisions.filter((decision) => decision.allowed).length, refused: decisions.filter((decision) => !decision.allowed).length }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  await storage.close();
  process.send!(report, () => process.exit(0));
});
process.send!("ready");

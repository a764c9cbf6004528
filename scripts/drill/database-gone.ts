import path from "node:path";
import type { Drill } from "./drill-context";
import { databaseUrl } from "./databases";
import { storedBookings } from "./booking-facts";
import { Findings } from "./report";
import { book, freeStarts, sleep } from "./site-client";
import { startSiteServer } from "./site-server";
import { startTcpProxy } from "./tcp-proxy";

// Drill 4: the site reaches PostgreSQL through a TCP proxy the drill closes for 30 seconds (every connection cut,
// nothing listening) and opens again. Meanwhile a visitor keeps asking for pages that need no database, /book, the
// booking API and /api/health. SQLite is a file on the site's own disk, with no connection to lose: not run there.

const OUTAGE_MS = 30_000;
const HANG_MS = 10_000;

interface Probe {
  path: string;
  method?: "POST";
}

const PROBES: Probe[] = [{ path: "/" }, { path: "/notes" }, { path: "/book" }, { path: "/api/bookings", method: "POST" }, { path: "/api/health" }];

export const databaseGone: Drill = {
  name: "database-gone",
  title: "4. Database gone",
  async run(context) {
    if (context.database.kind !== "postgres") {
      return { done: "not run", expected: "-", found: "SQLite is a file on the site's own disk: there is no connection to lose", verdict: "skipped" };
    }
    const target = new URL(context.database.url!);
    const proxy = await startTcpProxy(await context.port(), { host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = databaseUrl(`postgres://${target.username}@127.0.0.1:${proxy.port}/`, target.pathname.slice(1));
    const env = { ...context.siteEnv, DATABASE_URL: viaProxy, BOOKING_RATE_LIMIT: "100000" };
    const server = await startSiteServer(await context.port(), env, path.join(context.workDir, "site.log"));
    try {
      const findings = new Findings();
      const starts = await freeStarts(server.url);
      const before = await book(server.url, starts.pop()!, "gone-before@drill.example", "10.4.0.1");
      let n = 0;
      const ask = async (probe: Probe) => {
        const t = Date.now();
        try {
          const answer = probe.method
            ? await fetch(`${server.url}${probe.path}`, {
                method: "POST",
                headers: { "Content-Type": "application/json", "X-Forwarded-For": `10.4.1.${n % 250}` },
                body: JSON.stringify({ name: "Drill", email: `gone-${n++}@drill.example`, start: starts.pop(), timeZone: "UTC" }),
                signal: AbortSignal.timeout(HANG_MS),
              })
            : await fetch(`${server.url}${probe.path}`, { signal: AbortSignal.timeout(HANG_MS) });
          await answer.arrayBuffer();
          return { status: answer.status, retryAfter: answer.headers.get("retry-after"), ms: Date.now() - t };
        } catch {
          return { status: 0, retryAfter: null, ms: Date.now() - t };
        }
      };

      await proxy.close();
      const outageEnds = Date.now() + OUTAGE_MS;
      const seen = new Map<string, { statuses: Map<number, number>; maxMs: number; missingRetryAfter: number }>();
      while (Date.now() < outageEnds) {
        for (const probe of PROBES) {
          const answer = await ask(probe);
          const entry = seen.get(probe.path) ?? { statuses: new Map(), maxMs: 0, missingRetryAfter: 0 };
          entry.statuses.set(answer.status, (entry.statuses.get(answer.status) ?? 0) + 1);
          entry.maxMs = Math.max(entry.maxMs, answer.ms);
          if (answer.status === 503 && !answer.retryAfter) entry.missingRetryAfter++;
          seen.set(probe.path, entry);
        }
        await sleep(500);
      }
      await proxy.open();
      const describe = (p: string) => {
        const entry = seen.get(p)!;
        return `${p} ${[...entry.statuses].map(([status, count]) => `${count}×${status || "no answer"}`).join(" ")} (slowest ${entry.maxMs} ms)`;
      };
      for (const p of ["/", "/notes"]) findings.check([...seen.get(p)!.statuses.keys()].every((s) => s === 200), describe(p));
      for (const p of ["/book", "/api/bookings", "/api/health"]) {
        const entry = seen.get(p)!;
        findings.check([...entry.statuses.keys()].every((s) => s === 503) && entry.missingRetryAfter === 0, describe(p));
      }
      const hung = [...seen.values()].some((entry) => entry.maxMs >= HANG_MS);
      findings.check(!hung, hung ? "a request hung 10 s" : "no request hung");

      // Back without a restart: the first booking after the database returns, within 15 seconds.
      const back = Date.now();
      let after = await book(server.url, starts.pop()!, "gone-after@drill.example", "10.4.0.2").catch(() => ({ status: 0, id: undefined }));
      while (after.status !== 201 && Date.now() - back < 15_000) {
        await sleep(500);
        after = await book(server.url, starts.pop()!, `gone-after-${Date.now()}@drill.example`, "10.4.0.2").catch(() => ({ status: 0, id: undefined }));
      }
      const health = await fetch(`${server.url}/api/health`).then((r) => r.status).catch(() => 0);
      findings.check(after.status === 201 && health === 200, `after it returned: a booking ${after.status} and health ${health} ${((Date.now() - back) / 1000).toFixed(1)} s later, same process`);
      const storage = context.database.open();
      const stored = await storedBookings(storage);
      await storage.close();
      const ids = [before.id, after.id].filter(Boolean);
      findings.check(ids.every((id) => stored.some((b) => b.id === id)), `${stored.length} bookings stored: the ones before and after`);
      return {
        done: `PostgreSQL cut off for ${OUTAGE_MS / 1000} s behind a TCP proxy; asked ${PROBES.map((p) => p.path).join(", ")} every 0.5 s`,
        expected: "pages without data 200; /book, API, health 503 + Retry-After, never 500 or a hang; back by itself",
        found: findings.summary(),
        verdict: findings.ok ? "ok" : "LOST",
      };
    } finally {
      await server.stop();
      await proxy.close();
    }
  },
};

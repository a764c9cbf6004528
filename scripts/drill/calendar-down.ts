import http from "node:http";
import path from "node:path";
import type { Drill } from "./drill-context";
import { writeDrillContent } from "./drill-content";
import { Findings } from "./report";
import { sleep } from "./site-client";
import { startSiteServer } from "./site-server";

// Drill 6: the consultant's two calendar subscriptions are down from the start: one server never answers, the other
// answers 500. The site reads them in the background (booking.yaml's timeoutSeconds, 10 s as shipped); /book is asked
// every 300 ms meanwhile and must answer as quickly as usual, offering times (whenStale: keep-offering, as shipped).

const WATCH_MS = 20_000;
const ANSWER_WITHIN_MS = 1_000;

export const calendarDown: Drill = {
  name: "calendar",
  title: "6. Calendar source down",
  async run(context) {
    const hanging = new Set<http.ServerResponse>();
    const calendars = http.createServer((request, response) => {
      if (request.url?.startsWith("/error")) {
        response.writeHead(500, { "Content-Type": "text/plain" }).end("calendar server error (drill)");
        return;
      }
      hanging.add(response);
    });
    const calendarPort = await context.port();
    await new Promise<void>((resolve) => calendars.listen(calendarPort, "127.0.0.1", () => resolve()));
    const content = writeDrillContent(path.join(context.workDir, "content"), [
      { id: "hangs", urlEnv: "DRILL_CALENDAR_HANG_URL" },
      { id: "fails", urlEnv: "DRILL_CALENDAR_ERROR_URL" },
    ]);
    const env = {
      ...context.siteEnv,
      ...context.database.env,
      CONTENT_DIR: content,
      DRILL_CALENDAR_HANG_URL: `http://127.0.0.1:${calendarPort}/hang.ics`,
      DRILL_CALENDAR_ERROR_URL: `http://127.0.0.1:${calendarPort}/error.ics`,
    };
    const server = await startSiteServer(await context.port(), env, path.join(context.workDir, "site.log"));
    try {
      const findings = new Findings();
      const times: number[] = [];
      const statuses = new Map<number, number>();
      let offered = 0;
      // A visitor's usual time is the warm server's: the first renders after a start load the page's code.
      for (let i = 0; i < 3; i++) await fetch(`${server.url}/book`).then((r) => r.arrayBuffer());
      const until = Date.now() + WATCH_MS;
      while (Date.now() < until) {
        const t = Date.now();
        const answer = await fetch(`${server.url}/book`, { signal: AbortSignal.timeout(15_000) }).catch(() => undefined);
        const html = answer ? await answer.text() : "";
        times.push(Date.now() - t);
        statuses.set(answer?.status ?? 0, (statuses.get(answer?.status ?? 0) ?? 0) + 1);
        offered = (html.match(/name="start"/g) ?? []).length;
        await sleep(300);
      }
      const storage = context.database.open();
      const sources = await storage.db.selectFrom("calendar_sources").select(["id", "last_error", "fetched_at"]).execute();
      await storage.close();
      const health = (await fetch(`${server.url}/api/health`).then((r) => r.json())) as { calendars?: { id: string; fresh: boolean }[] };
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      const slowest = sorted[sorted.length - 1]!;
      findings.check([...statuses.keys()].every((s) => s === 200), `/book ${[...statuses].map(([s, c]) => `${c}×${s || "no answer"}`).join(" ")}`);
      findings.check(slowest <= ANSWER_WITHIN_MS, `/book median ${median} ms, slowest ${slowest} ms`);
      findings.check(offered > 0, `${offered} times offered on the last /book (keep-offering)`);
      const failed = sources.filter((s) => s.last_error && !s.fetched_at).map((s) => s.id).sort();
      findings.check(failed.join() === "fails,hangs", `reads recorded as failed: ${failed.join(", ") || "none"}`);
      const stale = (health.calendars ?? []).filter((c) => !c.fresh).length;
      findings.check(stale === 2, `/api/health: ${stale} of ${health.calendars?.length ?? 0} calendars not fresh`);
      return {
        done: `2 calendar subscriptions down (one never answers, one 500); /book asked every 0.3 s for ${WATCH_MS / 1000} s from the start (after 3 warm-up requests), while the site's reads time out and fail`,
        expected: `/book 200 within ${ANSWER_WITHIN_MS} ms throughout, times still offered; the failures recorded and shown by health`,
        found: findings.summary(),
        verdict: findings.ok ? "ok" : "LOST",
      };
    } finally {
      await server.stop();
      for (const response of hanging) response.destroy();
      calendars.closeAllConnections();
      await new Promise<void>((resolve) => calendars.close(() => resolve()));
    }
  },
};

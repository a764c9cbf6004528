import { execFileSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import type { Drill } from "./drill-context";
import { Findings } from "./report";
import { sleep } from "./site-client";
import { startSiteServer } from "./site-server";

// Drill 5: 200 connections each sending a booking's body one byte a second, then 10,000 booking requests from one
// address as fast as it gets answers (one connection, the booking limit as shipped). Meanwhile another visitor opens
// /notes and asks for free times every quarter second; the server's memory is sampled every half second and must stay under 512 MiB.

const SLOW_CONNECTIONS = 200;
const SLOW_SECONDS = 20;
const FLOOD_REQUESTS = 10_000;
const ANSWER_WITHIN_MS = 1_000;
const MEMORY_LIMIT_MB = 512;

export const slowClients: Drill = {
  name: "slow-clients",
  title: "5. Slow clients and floods",
  async run(context) {
    // BOOKING_RATE_LIMIT is left unset: the flood meets the limit a real site has.
    const server = await startSiteServer(await context.port(), { ...context.siteEnv, ...context.database.env }, path.join(context.workDir, "site.log"));
    const sockets: net.Socket[] = [];
    let probing = true;
    const latencies: number[] = [];
    const failures: string[] = [];
    const rss: number[] = [];
    const probe = async () => {
      const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      for (let i = 0; probing; i++) {
        const url = i % 2 ? `${server.url}/notes` : `${server.url}/api/availability?from=${from}&to=${from}`;
        const t = Date.now();
        try {
          const answer = await fetch(url, { headers: { "X-Forwarded-For": "10.5.9.9" }, signal: AbortSignal.timeout(10_000) });
          await answer.arrayBuffer();
          if (answer.status !== 200) failures.push(`${answer.status}`);
        } catch {
          failures.push("no answer");
        }
        latencies.push(Date.now() - t);
        await sleep(250);
      }
    };
    const sample = async () => {
      while (probing) {
        rss.push(groupRssMb(server.pid));
        await sleep(500);
      }
    };
    try {
      // Warm: the first renders after a start load the pages' code.
      const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      for (let i = 0; i < 3; i++) {
        await fetch(`${server.url}/notes`).then((r) => r.arrayBuffer());
        await fetch(`${server.url}/api/availability?from=${from}&to=${from}`).then((r) => r.arrayBuffer());
      }
      const baseline = groupRssMb(server.pid);
      const probes = [probe(), sample()];
      for (let i = 0; i < SLOW_CONNECTIONS; i++) {
        const socket = net.connect(server.port, "127.0.0.1");
        socket.on("error", () => {});
        socket.write(`POST /api/bookings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4000\r\nX-Forwarded-For: 10.5.1.${i % 250}\r\n\r\n`);
        sockets.push(socket);
      }
      for (let second = 0; second < SLOW_SECONDS; second++) {
        await sleep(1000);
        for (const socket of sockets) if (!socket.destroyed) socket.write("{");
      }
      const openAfter = sockets.filter((socket) => !socket.destroyed).length;
      const slowLatencies = latencies.length;
      const flood = await autocannon({
        url: `${server.url}/api/bookings`,
        method: "POST",
        connections: 1,
        amount: FLOOD_REQUESTS,
        headers: { "content-type": "application/json", "x-forwarded-for": "10.5.0.1" },
        body: JSON.stringify({ name: "Flood", email: "flood@drill.example", start: new Date(Date.now() + 3 * 86_400_000).toISOString(), timeZone: "UTC" }),
      });
      probing = false;
      await Promise.all(probes);
      const findings = new Findings();
      const slowest = Math.max(...latencies);
      const over = latencies.filter((ms) => ms > ANSWER_WITHIN_MS).length;
      findings.check(over === 0 && failures.length === 0, `other visitor: ${latencies.length} requests (${slowLatencies} during the slow bodies), slowest ${slowest} ms, ${over} over ${ANSWER_WITHIN_MS} ms, ${failures.length} failed`);
      const statuses = Object.entries(flood.statusCodeStats ?? {}).map(([code, stat]) => `${(stat as { count: number }).count}×${code}`).join(" ");
      findings.check(flood.non2xx + flood["2xx"] === FLOOD_REQUESTS && !("500" in (flood.statusCodeStats ?? {})), `flood: ${flood["2xx"] + flood.non2xx} answered in ${(flood.duration).toFixed(1)} s (${statuses}), ${flood.errors} errors`);
      const peak = Math.max(baseline, ...rss);
      findings.check(peak < MEMORY_LIMIT_MB, `memory: ${baseline} MiB before, peak ${peak} MiB`);
      return {
        done: `${SLOW_CONNECTIONS} connections sending a body 1 byte/s for ${SLOW_SECONDS} s (${openAfter} still open), then ${FLOOD_REQUESTS} POST /api/bookings from one client, each sent when the last was answered`,
        expected: `another visitor answered within ${ANSWER_WITHIN_MS} ms throughout; no 500; memory under ${MEMORY_LIMIT_MB} MiB`,
        found: findings.summary(),
        verdict: findings.ok ? "ok" : "LOST",
      };
    } finally {
      probing = false;
      for (const socket of sockets) socket.destroy();
      await server.stop();
    }
  },
};

/** Resident memory of the server's process group, in MiB. */
function groupRssMb(pgid: number): number {
  try {
    const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
    return Math.round(out.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024);
  } catch {
    return 0;
  }
}

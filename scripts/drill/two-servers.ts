import path from "node:path";
import type { Drill } from "./drill-context";
import { doubleHeldTimes, outboxIdOf, storedBookings, storedEmails } from "./booking-facts";
import { startDrillMailServer } from "./mail-server";
import { Findings } from "./report";
import { startRoundRobinProxy } from "./round-robin-proxy";
import { adminLogIn, book, freeStarts, sleep } from "./site-client";
import { startSiteServer } from "./site-server";

// Drill 3: two `next start` processes on one database (one PostgreSQL database, or one SQLite file in one data
// folder), behind a round-robin proxy. 50 clients race for the same slots through both; one address goes over the
// booking limit; one address fails the admin's password until locked out; both processes run a sender.

const CLIENTS = 50;
const SLOTS = 10;
const RATE_LIMIT = 12;

export const twoServers: Drill = {
  name: "two-servers",
  title: "3. Two servers, one database",
  async run(context) {
    const mail = await startDrillMailServer(await context.port());
    // The drill's clients name themselves in X-Forwarded-For and the proxy adds its hop: two hops to trust.
    const env = { ...context.siteEnv, ...context.database.env, SMTP_URL: mail.url, BOOKING_RATE_LIMIT: String(RATE_LIMIT), TRUSTED_PROXY_HOPS: "2" };
    const first = await startSiteServer(await context.port(), env, path.join(context.workDir, "site-a.log"));
    const second = await startSiteServer(await context.port(), env, path.join(context.workDir, "site-b.log"));
    const proxy = await startRoundRobinProxy(await context.port(), [first.url, second.url]);
    const storage = context.database.open();
    try {
      const findings = new Findings();
      const slots = (await freeStarts(proxy.url)).slice(0, SLOTS);
      let won = 0;
      let refused = 0;
      const other = new Map<string, number>();
      for (const [s, start] of slots.entries()) {
        const answers = await Promise.all(
          Array.from({ length: CLIENTS }, (_, c) => book(proxy.url, start, `race-${s}-${c}@drill.example`, `10.3.${c}.1`).catch(() => ({ status: 0 }))),
        );
        won += answers.filter((a) => a.status === 201).length;
        refused += answers.filter((a) => a.status === 409).length;
        for (const answer of answers.filter((a) => a.status !== 201 && a.status !== 409)) {
          const key = `${answer.status || "no answer"}${"error" in answer && answer.error ? ` "${answer.error}"` : ""}`;
          other.set(key, (other.get(key) ?? 0) + 1);
        }
      }
      const stored = await storedBookings(storage);
      const doubled = doubleHeldTimes(stored);
      findings.check(won === SLOTS && stored.length === SLOTS, `${won} answered 201 and ${stored.length} stored for ${SLOTS} slots`);
      findings.check(doubled.length === 0, `${doubled.length} slots held twice`);
      findings.check(other.size === 0, `${refused} refused 409${[...other].map(([what, count]) => `, ${count}×${what}`).join("")}`);

      // One address, 2 × the limit of attempts, alternating between the processes: the limit counts them together.
      const limited = [];
      for (let i = 0; i < RATE_LIMIT * 2; i++) limited.push((await book(proxy.url, "not a time", `limit-${i}@drill.example`, "10.3.250.1")).status);
      const allowed = limited.filter((status) => status !== 429).length;
      findings.check(allowed === RATE_LIMIT, `booking limit: ${allowed} of ${limited.length} attempts let through (limit ${RATE_LIMIT})`);

      // Five wrong passwords from one address, then the right one: refused, whichever process answers.
      for (let i = 0; i < 5; i++) await adminLogIn(proxy.url, `wrong password ${i}`, "10.3.251.1");
      const locked = await adminLogIn(proxy.url, context.adminPassword, "10.3.251.1");
      const lockedAgain = await adminLogIn(proxy.url, context.adminPassword, "10.3.251.1");
      const other_ = await adminLogIn(proxy.url, context.adminPassword, "10.3.252.1");
      findings.check(!locked.cookie && !lockedAgain.cookie && !!other_.cookie, `admin lockout: right password refused on both processes after 5 failures (${locked.status}, ${lockedAgain.status}); another address signs in (${other_.status})`);

      // Both processes send: each email goes out once.
      const deadline = Date.now() + 30_000;
      const due = async () => (await storedEmails(storage)).filter((email) => email.kind !== "founder-reminder");
      while (Date.now() < deadline && (await due()).some((email) => email.status !== "sent")) await sleep(500);
      await sleep(1500);
      const emails = await due();
      const received = new Map<string, number>();
      for (const message of mail.received) received.set(outboxIdOf(message.messageId), (received.get(outboxIdOf(message.messageId)) ?? 0) + 1);
      const once = emails.filter((email) => email.status === "sent" && received.get(email.id) === 1).length;
      const twice = [...received.values()].filter((count) => count > 1).length;
      findings.check(once === emails.length && twice === 0, `${once}/${emails.length} emails delivered exactly once, ${twice} twice`);
      const counts = [...proxy.counts.values()];
      if (proxy.errors.size) findings.check(false, `proxy could not reach a server: ${[...proxy.errors].map(([why, n]) => `${n}×${why}`).join(", ")} (servers ${first.state()}, ${second.state()})`);
      return {
        done: `2 processes behind a round-robin proxy (${counts.join(" + ")} requests); ${CLIENTS} clients × ${SLOTS} slots at once; ${RATE_LIMIT * 2} bookings from one address (limit ${RATE_LIMIT}); 5 wrong admin passwords then the right one`,
        expected: `${SLOTS} bookings, one per slot; ${RATE_LIMIT} attempts let through; the locked address refused; each email once`,
        found: findings.summary(),
        verdict: findings.ok ? "ok" : "LOST",
      };
    } finally {
      await storage.close();
      await proxy.close();
      await Promise.all([first.stop(), second.stop()]);
      await mail.stop();
    }
  },
};

import path from "node:path";
import type { Drill } from "./drill-context";
import { outboxIdOf, storedEmails } from "./booking-facts";
import { startDrillMailServer } from "./mail-server";
import { Findings } from "./report";
import { adminLogIn, book, freeStarts, sleep } from "./site-client";
import { startSiteServer } from "./site-server";

// Drill 2: the mail server is stopped (nothing listens) for `mailOutageSeconds` while bookings arrive, then refuses
// every message with 451 for a third of that, then accepts again. Every email due is delivered exactly once, and the
// admin's outbox shows the failed tries. The site waits 1 minute after a first failure and 2 after a second
// (lib/email/retry-policy.ts), which sets the pace: bookings come in during the last two thirds of the outage (from 5 s
// past the first third) and during the 451s, so each of their emails fails once and goes on its first retry.

const BOOKING_EVERY_MS = 2_000;
const RETRY_WAIT_MS = 60_000;

export const mailOutage: Drill = {
  name: "mail",
  title: "2. Mail outage",
  async run(context) {
    const outageMs = context.mailOutageSeconds * 1000;
    const refusingMs = outageMs / 3;
    const mail = await startDrillMailServer(await context.port());
    const env = { ...context.siteEnv, ...context.database.env, SMTP_URL: mail.url, BOOKING_RATE_LIMIT: "100000" };
    const server = await startSiteServer(await context.port(), env, path.join(context.workDir, "site.log"));
    try {
      const starts = (await freeStarts(server.url)).reverse();
      await mail.stop();
      const t0 = Date.now();
      const acked: string[] = [];
      let n = 0;
      const bookUntil = async (until: number) => {
        while (Date.now() < until) {
          const answer = await book(server.url, starts.pop()!, `mail-${n}@drill.example`, `10.2.0.${n % 250}`);
          n++;
          if (answer.status === 201 && answer.id) acked.push(answer.id);
          await sleep(BOOKING_EVERY_MS);
        }
      };
      // Bookings begin a little after the first third, so no email's first retry (a minute after its first try) falls
      // in the 451s: each email fails once, by refused connection or by 451, never twice.
      await sleep(outageMs / 3 + 5_000);
      await bookUntil(t0 + outageMs);
      context.log(`mail server answering 451 after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      mail.setMode("refuse");
      await mail.start();
      await bookUntil(t0 + outageMs + refusingMs);
      context.log(`mail server accepting after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      mail.setMode("accept");

      // Every email due now (not the reminders, due a day before each call) is sent, or the wait runs out.
      const storage = context.database.open();
      const due = async () => (await storedEmails(storage)).filter((email) => email.kind !== "founder-reminder");
      const deadline = Date.now() + RETRY_WAIT_MS * 2 + 30_000;
      while (Date.now() < deadline && (await due()).some((email) => email.status !== "sent")) await sleep(1000);
      await sleep(1500);
      const emails = await due();
      await storage.close();

      const findings = new Findings();
      const unsent = emails.filter((email) => email.status !== "sent");
      findings.check(unsent.length === 0, `${emails.length - unsent.length}/${emails.length} emails due were sent`);
      const received = new Map<string, number>();
      for (const message of mail.received) received.set(outboxIdOf(message.messageId), (received.get(outboxIdOf(message.messageId)) ?? 0) + 1);
      const once = emails.filter((email) => received.get(email.id) === 1).length;
      const doubled = [...received.values()].filter((count) => count > 1).length;
      findings.check(once === emails.length, `${once}/${emails.length} delivered exactly once`);
      findings.check(doubled === 0, `${doubled} delivered twice`);
      const retried = emails.filter((email) => email.attempts >= 2).length;
      findings.check(retried === emails.length, `${retried} sent after at least one failed try`);
      findings.check(mail.refused > 0, `${mail.refused} refused with 451`);
      const login = await adminLogIn(server.url, context.adminPassword, "10.2.255.1");
      const page = await fetch(`${server.url}/admin/outbox?show=sent`, { headers: { cookie: login.cookie ?? "" } });
      const text = (await page.text()).replace(/<!-- -->/g, "");
      const shown = [...text.matchAll(/sent, (\d+) attempts/g)].filter((match) => Number(match[1]) >= 2).length;
      findings.check(shown >= emails.length, `the admin's outbox shows ${shown} emails sent after 2+ attempts`);
      return {
        done: `SMTP stopped ${context.mailOutageSeconds} s, then 451 for ${(refusingMs / 1000).toFixed(0)} s, then back; ${acked.length} bookings made meanwhile (${emails.length} emails due)`,
        expected: "every email delivered exactly once; the retries in the admin's outbox",
        found: findings.summary(),
        verdict: findings.ok ? "ok" : "LOST",
      };
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} (the site: ${server.state()}; see ${server.log})`);
    } finally {
      await server.stop();
      await mail.stop();
    }
  },
};

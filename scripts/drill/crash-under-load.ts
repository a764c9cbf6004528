import path from "node:path";
import type { Storage } from "../../lib/db/connect";
import type { Drill } from "./drill-context";
import { doubleHeldTimes, integrityCheck, owedEmailProblems, storedBookings, storedEmails } from "./booking-facts";
import { startDrillMailServer, manageTokenIn, type DrillMailServer } from "./mail-server";
import { Findings } from "./report";
import { book, cancelBooking, freeStarts, moveBooking, sleep } from "./site-client";
import { startSiteServer, type SiteServer } from "./site-server";

// Drill 1: 20 clients book, move and cancel while the server is killed with SIGKILL and started again 5 times.

const CLIENTS = 20;
const KILLS = 5;
const SECONDS_BETWEEN_KILLS = 5;

interface Booked {
  id: string;
  email: string;
  /** The time the last acknowledged change left it at, and whether a later change went unanswered. */
  start: string;
  cancelled: boolean;
  uncertain: boolean;
  ackedChanges: number;
}

export const crashUnderLoad: Drill = {
  name: "crash",
  title: "1. Crash under load",
  async run(context) {
    const mail = await startDrillMailServer(await context.port());
    const port = await context.port();
    const log = path.join(context.workDir, "site.log");
    const env = { ...context.siteEnv, ...context.database.env, SMTP_URL: mail.url, BOOKING_RATE_LIMIT: "100000" };
    let server: SiteServer = await startSiteServer(port, env, log);
    const base = server.url;
    const pool = shuffle(await freeStarts(base));
    // The drill's own connection, for the founder's link while its email still waits in the outbox.
    const storage = context.database.open();
    const booked: Booked[] = [];
    const counts = { bookings: 0, moves: 0, cancels: 0, unanswered: 0, serverErrors: 0, refused: 0 };
    let stopping = false;
    const takeStart = () => pool.pop();

    const client = async (n: number) => {
      for (let round = 0; !stopping; round++) {
        const start = takeStart();
        if (!start) return;
        const email = `crash-${n}-${round}@drill.example`;
        const address = `10.1.${n}.${round % 250}`;
        let answer;
        try {
          answer = await book(base, start, email, address, 15_000);
        } catch {
          counts.unanswered++;
          await sleep(300);
          continue;
        }
        if (answer.status >= 500) counts.serverErrors++;
        if (answer.status !== 201 || !answer.id) {
          counts.refused++;
          continue;
        }
        counts.bookings++;
        const entry: Booked = { id: answer.id, email, start, cancelled: false, uncertain: false, ackedChanges: 0 };
        booked.push(entry);
        if (round % 2 === 1) continue;
        const token = await tokenFor(mail, storage, email, entry.id, () => stopping);
        if (!token) continue;
        await changeBooking(base, token, entry, address, takeStart, counts, round);
      }
    };

    const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(SECONDS_BETWEEN_KILLS * 1000);
      await server.kill();
      server = await startSiteServer(port, env, log);
    }
    await sleep(SECONDS_BETWEEN_KILLS * 1000);
    stopping = true;
    await Promise.all(clients);
    // Let the sender catch up before reading the outbox (not needed for the facts, which hold whatever was sent).
    await sleep(1500);
    await server.stop();
    await mail.stop();

    try {
      const stored = await storedBookings(storage);
      const emails = await storedEmails(storage);
      const byId = new Map(stored.map((b) => [b.id, b]));
      const findings = new Findings();
      const missing = booked.filter((b) => !byId.has(b.id));
      findings.check(missing.length === 0, `${booked.length - missing.length}/${booked.length} acknowledged bookings stored`);
      const emailsSeen = new Map<string, number>();
      for (const b of stored) emailsSeen.set(b.email, (emailsSeen.get(b.email) ?? 0) + 1);
      const twice = [...emailsSeen.values()].filter((c) => c > 1).length;
      findings.check(twice === 0, `${twice} requests stored twice`);
      const wrongState = booked.filter((b) => {
        const row = byId.get(b.id);
        if (!row || b.uncertain) return false;
        return row.sequence !== b.ackedChanges || (b.cancelled ? row.status !== "cancelled" : row.start !== b.start || row.status === "cancelled");
      });
      findings.check(wrongState.length === 0, `${wrongState.length} bookings not as their last acknowledged move/cancel left them`);
      const doubled = doubleHeldTimes(stored);
      findings.check(doubled.length === 0, `${doubled.length} slots held twice`);
      const owed = owedEmailProblems(stored, emails);
      findings.check(owed.length === 0, owed.length ? `outbox: ${owed.slice(0, 3).join(", ")}` : `outbox holds the ${emails.length} emails owed, none lost or doubled`);
      const integrity = await integrityCheck(storage);
      if (integrity !== "n/a") findings.check(integrity === "ok", `integrity_check: ${integrity}`);
      findings.check(counts.serverErrors === 0, `${counts.serverErrors} answers 5xx`);
      return {
        done: `${CLIENTS} clients, ${KILLS} SIGKILLs ${SECONDS_BETWEEN_KILLS} s apart; ${counts.bookings} bookings, ${counts.moves} moves, ${counts.cancels} cancellations answered 2xx/303, ${counts.unanswered} requests unanswered (cut off by a kill, or refused while the server was down), ${counts.refused} refused (409)`,
        expected: "every acknowledged change stored exactly once; no slot held twice; outbox = emails owed; integrity ok",
        found: findings.summary(),
        verdict: findings.ok ? "ok" : "LOST",
      };
    } finally {
      await storage.close();
    }
  },
};

/**
 * The founder's link: from the email the SMTP server received, or, while that email still waits (the sender is busy
 * with 20 clients' mail), from its outbox row, which holds the link until it is sent.
 */
async function tokenFor(mail: DrillMailServer, storage: Storage, email: string, bookingId: string, stopping: () => boolean): Promise<string | undefined> {
  for (let i = 0; i < 40 && !stopping(); i++) {
    const token = mail.received.map((m) => (m.to.includes(email) ? manageTokenIn(m.text) : undefined)).find(Boolean);
    if (token) return token;
    const row = await storage.db
      .selectFrom("outbox")
      .select("text_body")
      .where("topic", "=", `booking:${bookingId}`)
      .where("kind", "=", "founder-confirmation")
      .executeTakeFirst()
      .catch(() => undefined);
    const stored = row ? manageTokenIn(row.text_body) : undefined;
    if (stored) return stored;
    await sleep(250);
  }
  return undefined;
}

async function changeBooking(
  base: string,
  token: string,
  entry: Booked,
  address: string,
  takeStart: () => string | undefined,
  counts: { moves: number; cancels: number; unanswered: number },
  round: number,
): Promise<void> {
  const target = takeStart();
  if (target) {
    try {
      if ((await moveBooking(base, token, target, address)) === "moved") {
        entry.start = target;
        entry.ackedChanges++;
        counts.moves++;
      }
    } catch {
      entry.uncertain = true;
      counts.unanswered++;
      return;
    }
  }
  if (round % 4 !== 0) return;
  try {
    if ((await cancelBooking(base, token, address)) === "cancelled") {
      entry.cancelled = true;
      entry.ackedChanges++;
      counts.cancels++;
    }
  } catch {
    entry.uncertain = true;
    counts.unanswered++;
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

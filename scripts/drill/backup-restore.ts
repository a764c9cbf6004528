import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Drill } from "./drill-context";
import { databaseUrl, freshSqlite, postgresAt, recreateDatabase, type DrillDatabase } from "./databases";
import { storedBookings, storedEmails } from "./booking-facts";
import { submitPageForm } from "./html-form";
import { startDrillMailServer } from "./mail-server";
import { Findings } from "./report";
import { adminLogIn, book, clientHeaders, freeStarts, sleep } from "./site-client";
import { startSiteServer } from "./site-server";

// Drill 7: bookings keep arriving while the consultant writes notes; a backup is taken mid-stream (SQLite:
// `npm run db:backup`; PostgreSQL: the pg_dump command it prints), restored into a fresh place (`npm run db:restore`;
// pg_restore), and a server started on the copy finds every booking acknowledged before the backup began, the notes,
// and the outbox as it stood.

const CLIENTS = 6;
const PAUSE_MS = 200;
const run = promisify(execFile);

export const backupRestore: Drill = {
  name: "backup",
  title: "7. Backup and restore",
  async run(context) {
    const mail = await startDrillMailServer(await context.port());
    const env = { ...context.siteEnv, ...context.database.env, SMTP_URL: mail.url, BOOKING_RATE_LIMIT: "100000" };
    const server = await startSiteServer(await context.port(), env, path.join(context.workDir, "site.log"));
    const starts = await freeStarts(server.url);
    const acked: { id: string; at: number }[] = [];
    let stopping = false;
    let n = 0;
    const client = async () => {
      while (!stopping && starts.length) {
        const i = n++;
        const answer = await book(server.url, starts.pop()!, `backup-${i}@drill.example`, `10.7.${i % 250}.1`).catch(() => undefined);
        if (answer?.status === 201 && answer.id) acked.push({ id: answer.id, at: Date.now() });
        // About 30 bookings a second in all: the free times last well past the backup.
        await sleep(PAUSE_MS);
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    let restored: Awaited<ReturnType<typeof startSiteServer>> | undefined;
    try {
      await sleep(3_000);
      const login = await adminLogIn(server.url, context.adminPassword, "10.7.255.1");
      const notes = new Map<string, string>();
      for (const { id } of acked.slice(0, 3)) {
        const note = `Drill note for ${id.slice(0, 8)}: follow up on pricing`;
        const answer = await submitPageForm(server.url, `/admin/bookings/${id}`, (form) => form.includes('name="note"'), { note }, { ...clientHeaders("10.7.255.1"), cookie: login.cookie ?? "" });
        if (answer.status === 303) notes.set(id, note);
      }
      await sleep(1_500);
      const live = context.database.open();
      const sentBefore = new Set((await storedEmails(live)).filter((email) => email.status === "sent").map((email) => email.id));
      await live.close();
      const backupBegan = Date.now();
      const ackedBefore = acked.filter((entry) => entry.at < backupBegan).map((entry) => entry.id);
      const backupFile = path.join(context.workDir, context.database.kind === "sqlite" ? "backup.sqlite" : "backup.dump");
      const restoredDb = await backUpAndRestore(context.database.kind, context.database.env, context.database.url, backupFile, context.workDir);
      await sleep(2_000);
      stopping = true;
      await Promise.all(clients);

      restored = await startSiteServer(await context.port(), { ...context.siteEnv, ...restoredDb.env }, path.join(context.workDir, "restored.log"));
      const findings = new Findings();
      const health = await fetch(`${restored.url}/api/health`).then((r) => r.status);
      const storage = restoredDb.open();
      const stored = new Set((await storedBookings(storage)).map((b) => b.id));
      const storedNotes = await storage.db.selectFrom("bookings").select(["id", "admin_note"]).where("admin_note", "is not", null).execute();
      const emails = await storedEmails(storage);
      await storage.close();
      const missing = ackedBefore.filter((id) => !stored.has(id));
      findings.check(missing.length === 0, `${ackedBefore.length - missing.length}/${ackedBefore.length} bookings acknowledged before the backup began are in the copy (${stored.size} in all, of ${acked.length} made)`);
      const notesKept = [...notes].filter(([id, note]) => storedNotes.some((row) => row.id === id && row.admin_note === note)).length;
      const restoredLogin = await adminLogIn(restored.url, context.adminPassword, "10.7.255.2");
      let notesShown = 0;
      for (const [id, note] of notes) {
        const page = await fetch(`${restored.url}/admin/bookings/${id}`, { headers: { cookie: restoredLogin.cookie ?? "" } }).then((r) => r.text());
        if (page.includes(note)) notesShown++;
      }
      findings.check(notes.size === 3 && notesKept === notes.size && notesShown === notes.size, `${notesKept}/${notes.size} notes in the copy, ${notesShown} shown by the admin on the restored server`);
      const sentKept = emails.filter((email) => sentBefore.has(email.id) && email.status === "sent").length;
      findings.check(sentKept === sentBefore.size, `${sentKept}/${sentBefore.size} emails sent before the backup are "sent" in the copy`);
      findings.check(health === 200, `restored server health ${health}`);
      const during = acked.filter((entry) => entry.at >= backupBegan).length;
      findings.check(during > 0, `${during} bookings acknowledged after the backup began (the load went on through it)`);
      return {
        done: `${CLIENTS} clients booking; 3 admin notes; ${context.database.kind === "sqlite" ? "npm run db:backup" : "pg_dump"} mid-stream, ${context.database.kind === "sqlite" ? "npm run db:restore" : "pg_restore"} into a fresh ${context.database.kind === "sqlite" ? "data folder" : "database"}, a server started on it`,
        expected: "every booking acknowledged before the backup began, the notes and the sent emails, on the restored server",
        found: findings.summary(),
        verdict: findings.ok ? "ok" : "LOST",
      };
    } finally {
      stopping = true;
      await Promise.all(clients);
      await restored?.stop();
      await server.stop();
      await mail.stop();
    }
  },
};

async function backUpAndRestore(kind: "sqlite" | "postgres", env: Record<string, string>, url: string | undefined, file: string, workDir: string): Promise<DrillDatabase> {
  const tsx = path.resolve("node_modules/.bin/tsx");
  if (kind === "sqlite") {
    await run(tsx, ["scripts/db-backup.ts", file], { env: { ...process.env, ...env } });
    const fresh = await freshSqlite(workDir, "restored");
    await run(tsx, ["scripts/db-restore.ts", file], { env: { ...process.env, ...fresh.env } });
    return fresh;
  }
  // The commands `npm run db:backup` and `db:restore` print for PostgreSQL.
  await run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, url!]);
  const name = `${new URL(url!).pathname.slice(1)}_restored`;
  await recreateDatabase(url!, name);
  const restoredUrl = databaseUrl(url!, name);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${restoredUrl}`, file]);
  return postgresAt(restoredUrl);
}

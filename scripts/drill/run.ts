// npm run drill: builds the site once, then runs each drill against `next start` on SQLite and on PostgreSQL and
// prints one markdown row per drill and database. Exits 1 when a drill found something lost (or could not run).
// See docs/reliability.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "../../lib/auth/password-hash";
import { checkPostgres, freshPostgres, freshSqlite, type DrillDatabase } from "./databases";
import type { Drill, DrillContext } from "./drill-context";
import { drills } from "./drills";
import { writeDrillContent } from "./drill-content";
import { parseOptions, type DatabaseKind } from "./options";
import { portAllocator } from "./ports";
import { TABLE_HEADER, tableRow, type DrillRow } from "./report";

const ADMIN_PASSWORD = "a drill admin password";
const SESSION_SECRET = "drill-session-secret-0123456789abcdef-0123";

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "ko-drill-"));
  const say = (line: string) => console.log(`[drill ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  say(`work folder ${workDir}; ${os.cpus().length} cores, Node ${process.version}`);

  if (options.build || !fs.existsSync(".next/BUILD_ID")) {
    say("building (next build)…");
    execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    say("built");
  }

  const selected = options.only ? drills.filter((drill) => options.only!.includes(drill.name)) : drills;
  if (options.only && selected.length !== options.only.length) {
    throw new Error(`--only takes names from: ${drills.map((drill) => drill.name).join(", ")}`);
  }
  let postgresProblem: string | undefined;
  if (options.databases.includes("postgres")) {
    postgresProblem = await checkPostgres(options.postgresUrl);
    if (postgresProblem) say(`PostgreSQL at ${new URL(options.postgresUrl).host} is unreachable (${postgresProblem}): its rows are skipped`);
  }

  const contentDir = writeDrillContent(path.join(workDir, "content"));
  const siteEnv = {
    CONTENT_DIR: contentDir,
    OUTBOX_POLL_SECONDS: "0.5",
    ADMIN_PASSWORD_HASH: await hashPassword(ADMIN_PASSWORD),
    SESSION_SECRET,
    // The drill's clients name themselves in X-Forwarded-For, as if behind one proxy.
    TRUSTED_PROXY_HOPS: "1",
  };
  const port = portAllocator(Number(process.env.DRILL_FIRST_PORT ?? 34100), Number(process.env.DRILL_LAST_PORT ?? 34999));
  const rows: DrillRow[] = [];

  const runOne = async (drill: Drill, kind: DatabaseKind): Promise<DrillRow> => {
    const label = kind === "sqlite" ? "SQLite" : "PostgreSQL";
    if (kind === "postgres" && postgresProblem) {
      return { drill: drill.title, database: label, done: "not run", expected: "-", found: `PostgreSQL unreachable: ${postgresProblem}`, verdict: "skipped" };
    }
    const drillDir = path.join(workDir, `${drill.name}-${kind}`);
    fs.mkdirSync(drillDir, { recursive: true });
    const database: DrillDatabase = kind === "sqlite" ? await freshSqlite(drillDir, "db") : await freshPostgres(options.postgresUrl, drill.name);
    const context: DrillContext = {
      database,
      port,
      workDir: drillDir,
      contentDir,
      siteEnv,
      adminPassword: ADMIN_PASSWORD,
      mailOutageSeconds: options.mailOutageSeconds,
      log: (line) => say(`${drill.name}/${kind}: ${line}`),
    };
    const t0 = Date.now();
    say(`${drill.title} on ${label}…`);
    try {
      const result = await drill.run(context);
      say(`${drill.title} on ${label}: ${result.verdict} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      return { drill: drill.title, database: label, ...result };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      say(`${drill.title} on ${label}: could not finish: ${message}`);
      return { drill: drill.title, database: label, done: "could not finish", expected: "-", found: message, verdict: "LOST" };
    }
  };

  for (const drill of selected) {
    // The mail outage mostly waits for retries: its runs on both databases wait together.
    if (drill.name === "mail") rows.push(...(await Promise.all(options.databases.map((kind) => runOne(drill, kind)))));
    else for (const kind of options.databases) rows.push(await runOne(drill, kind));
  }

  console.log("");
  console.log(`npm run drill ${process.argv.slice(2).join(" ")}`.trim() + ` · ${new Date().toISOString()} · ${os.cpus().length} cores · Node ${process.version} · ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  console.log("");
  for (const line of TABLE_HEADER) console.log(line);
  for (const row of rows) console.log(tableRow(row));
  const lost = rows.filter((row) => row.verdict === "LOST").length;
  console.log("");
  console.log(lost ? `${lost} row(s) LOST; the servers' logs are kept in ${workDir}.` : "Nothing lost.");
  if (!lost) fs.rmSync(workDir, { recursive: true, force: true });
  return lost ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

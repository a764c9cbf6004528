// `npm run bench`: builds the site and the framework's floor once, measures them side by side and writes
// docs/benchmarks.md. Benchmarks report; nothing here fails a test.
//   npm run bench                                   everything, about 15 minutes on 2 cores
//   npm run bench -- --only weight,lighthouse       some sections (weight, lighthouse, load, soak, slots, growth)
//   npm run bench -- --no-build                     reuse .next (no floor app then)
//   npm run bench -- --pages /,/book                only these page types
//   npm run bench -- --soak-seconds 60              a shorter memory soak (default 300)
//   npm run bench -- --growth-builds 10,100,1000    time the build with these numbers of notes (default 100)
// BENCH_PORT (default 3199) and the three ports after it are used; BENCH_DATABASE_URL names a PostgreSQL server to run
// the database part against (default postgres://postgres@127.0.0.1:5432/bench; skipped with a line if unreachable).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getPublishedNotes } from "../../lib/content";
import { writeGrowthContent, timeNoteLoading, removeGrowthContent } from "./content-growth";
import { floorNotePath, writeFloorApp } from "./floor-app";
import { runLighthouse, medianRun, type LighthouseResult } from "./lighthouse";
import { cpuPerRequest, loadGet, loadPostEach, type CpuPerRequest, type LoadResult } from "./load";
import { measurePageWeight } from "./page-weight";
import { resetDatabase } from "./postgres";
import { startNext, startStaticServer, type RunningServer } from "./server";
import { benchSlots } from "./slots";
import { soak } from "./soak";

const sectionNames = ["weight", "lighthouse", "load", "soak", "slots", "growth"] as const;
type Section = (typeof sectionNames)[number];

const args = process.argv.slice(2);
const onlyArg = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const sections = new Set<Section>(onlyArg ? (onlyArg.split(",") as Section[]) : sectionNames);
for (const name of sections) if (!sectionNames.includes(name)) throw new Error(`--only: no section "${name}" (${sectionNames.join(", ")})`);
const build = !args.includes("--no-build");
const basePort = Number(process.env.BENCH_PORT ?? 3199);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/bench";
const connections = 50;
const seconds = 5;
/**
 * Requests per CPU measurement, at 10 connections: enough for the clock's 10 ms ticks to blur less than 3% of a note's
 * figure; fewer for the pages rendered per request, each of which costs ten times a note or more.
 */
const cpuRequests = 500;
const cpuRequestsRendered = 200;
const cpuConnections = 10;
const mobileRuns = 3;
const loadSizes = [10, 100, 1000];
// Each build of the site with generated notes takes a minute and a half or more: one size by default, so the whole run
// stays under 15 minutes; 10 notes and 1,000 (2,000 pages with their share images, about 10 minutes) on request.
const growthBuildArg = args.includes("--growth-builds") ? args[args.indexOf("--growth-builds") + 1] : undefined;
const buildSizes = (growthBuildArg ?? "100").split(",").map(Number);
const soakSeconds = args.includes("--soak-seconds") ? Number(args[args.indexOf("--soak-seconds") + 1]) : 300;
if (!(soakSeconds > 0)) throw new Error("--soak-seconds: a number of seconds above 0");
const soakConnections = 25;

const out: string[] = [];
const log = (line = "") => {
  out.push(line);
  console.log(line);
};
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const rate = (r: LoadResult) =>
  r.requests === 0
    ? `none answered within ${seconds} s`
    : `${Math.round(r.requestsPerSecond).toLocaleString("en-US")} (${ms(r.p50Ms)} / ${ms(r.p99Ms)})${r.non2xx || r.errors ? ` ⚠ ${r.non2xx} non-2xx, ${r.errors} errors` : ""}`;
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const cpu = (c: CpuPerRequest | undefined) =>
  c === undefined ? "not measured (no /proc)" : `${c.ms.toFixed(2)} ms${c.non2xx || c.errors ? ` ⚠ ${c.non2xx} non-2xx, ${c.errors} errors` : ""}`;
/** site ÷ other, for requests per second and for CPU time per request. */
const ratios = (site: LoadResult, siteCpu: CpuPerRequest | undefined, other?: LoadResult, otherCpu?: CpuPerRequest) =>
  other
    ? `${(site.requestsPerSecond / other.requestsPerSecond).toFixed(2)}×${siteCpu && otherCpu ? `, CPU ${(siteCpu.ms / otherCpu.ms).toFixed(1)}×` : ""}`
    : "–";

/** Runs `npm run build`-like commands, putting back the type files next build points at its build folder. */
function timedBuild(command: string[], options: { cwd?: string; env?: Record<string, string> } = {}): number {
  const typeFiles = ["tsconfig.json", "next-env.d.ts"].map((file) => ({ file, text: fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined }));
  const start = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
  const took = performance.now() - start;
  for (const { file, text } of typeFiles) {
    if (text === undefined) fs.rmSync(file, { force: true });
    else fs.writeFileSync(file, text);
  }
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed (${options.cwd ?? "."})`);
  return took;
}

function pageTypes(): { label: string; path: string; prerendered: boolean }[] {
  const notes = getPublishedNotes();
  const note = notes[0];
  const tag = notes.flatMap((n) => n.tags ?? [])[0];
  return [
    ...(note ? [{ label: "a note", path: `/notes/${note.slug}`, prerendered: true }] : []),
    { label: "`/`", path: "/", prerendered: true },
    { label: "`/notes`", path: "/notes", prerendered: true },
    ...(tag ? [{ label: "a tag page", path: `/notes/tags/${tag}`, prerendered: true }] : []),
    { label: "`/engagements`", path: "/engagements", prerendered: true },
    { label: "`/about`", path: "/about", prerendered: true },
    // Kept like a static page (drawn at most a minute before, see app/(site)/book/for/[engagement]): read against the
    // static server too.
    { label: "`/book`", path: "/book", prerendered: true },
    ...(fs.existsSync("app/(site)/readiness/page.tsx") ? [{ label: "`/readiness`", path: "/readiness", prerendered: false }] : []),
  ];
}

/** How long each part of the run took, for its last line. */
const took: string[] = [];
async function timed(name: string, part: () => unknown) {
  const start = performance.now();
  await part();
  took.push(`${name} ${elapsed(start)}`);
}

async function main() {
  const started = performance.now();
  const pagesArg = args.includes("--pages") ? args[args.indexOf("--pages") + 1]!.split(",") : undefined;
  const pages = pageTypes().filter((page) => !pagesArg || pagesArg.includes(page.path));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-data-"));
  const siteEnv = { DATA_DIR: dataDir, BOOKING_RATE_LIMIT: "1000000", TRUSTED_PROXY_HOPS: "1", DATABASE_URL: undefined };
  const needsServers = sections.has("weight") || sections.has("lighthouse") || sections.has("load");

  log(`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores (\`nproc\`: ${os.availableParallelism()}), ` +
    `${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${chromiumVersion()}.`);
  log(`Command: \`npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}\``);
  log();

  let floorDir: string | undefined;
  if (build) {
    await timed("builds", () => {
      log(`- site build (\`npm run build\`): ${ms(timedBuild(["npm", "run", "build"]))}`);
      if (needsServers) {
        floorDir = writeFloorApp("content");
        log(`- floor build (a minimal Next.js app serving one MDX note, in ${floorDir}): ${ms(timedBuild([process.execPath, path.resolve("node_modules/next/dist/bin/next"), "build"], { cwd: floorDir }))}`);
      }
    });
    log();
  }

  let site: RunningServer | undefined;
  let floor: RunningServer | undefined;
  try {
    if (needsServers) {
      site = await startNext({ dir: ".", port: basePort, env: siteEnv, readyPath: "/notes" });
      if (floorDir) floor = await startNext({ dir: floorDir, port: basePort + 1, readyPath: floorNotePath });
    }
    if (site && sections.has("weight")) await timed("page weight", () => weightSection(site!, floor, pages));
    if (site && sections.has("lighthouse")) await timed("Lighthouse", () => lighthouseSection(site!, floor, pages));
    if (site && sections.has("load")) await timed("HTTP load", () => loadSection(site!, floor, pages, siteEnv));
  } finally {
    await site?.stop();
    await floor?.stop();
    if (floorDir) fs.rmSync(floorDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (sections.has("soak")) await timed("memory soak", () => soakSection(siteEnv));
  if (sections.has("slots")) await timed("slots", () => slotsSection());
  if (sections.has("growth")) await timed("content growth", () => growthSection());
  log(`The whole run took ${elapsed(started)}: ${took.join(", ")}.`);
  writeReport(out.join("\n"));
}

async function weightSection(site: RunningServer, floor: RunningServer | undefined, pages: ReturnType<typeof pageTypes>) {
  log("### Page weight");
  log();
  log("| page | HTML | CSS | JS (files) | fonts (files) | total | vs floor |");
  log("| --- | --- | --- | --- | --- | --- | --- |");
  const floorWeight = floor ? await measurePageWeight(floor.origin, floorNotePath) : undefined;
  const rows = [...(floorWeight ? [{ label: "floor: one MDX note", weight: floorWeight }] : [])];
  for (const page of pages) rows.push({ label: page.label.includes(`\`${page.path}\``) ? page.label : `${page.label} (\`${page.path}\`)`, weight: await measurePageWeight(site.origin, page.path) });
  for (const { label, weight: w } of rows) {
    const delta = floorWeight ? `${w.total >= floorWeight.total ? "+" : "−"}${kib(Math.abs(w.total - floorWeight.total))}` : "–";
    log(`| ${label} | ${kib(w.html)} | ${kib(w.css)} | ${kib(w.js)} (${w.jsFiles}) | ${kib(w.font)} (${w.fontFiles}) | ${kib(w.total)} | ${delta} |`);
  }
  log();
}

async function lighthouseSection(site: RunningServer, floor: RunningServer | undefined, pages: ReturnType<typeof pageTypes>) {
  const targets = [...(floor ? [{ label: "floor: one MDX note", url: floor.origin + floorNotePath }] : []), ...pages.map((p) => ({ label: p.label, url: site.origin + p.path }))];
  // Rounds of every page rather than every run of one page in a row, so a noisy minute spreads over all of them.
  const jobs = [
    ...Array.from({ length: mobileRuns }, () => targets.map((t) => ({ url: t.url, formFactor: "mobile" as const }))).flat(),
    ...targets.map((t) => ({ url: t.url, formFactor: "desktop" as const })),
  ];
  const start = performance.now();
  const results = await runLighthouse(jobs);
  const floorRuns = floor ? results.filter((r) => r.url === targets[0]!.url && r.formFactor === "mobile") : [];
  const floorTransfer = floorRuns.length ? medianRun(floorRuns).transferBytes : undefined;
  const overFloor = (bytes: number) =>
    floorTransfer === undefined ? "" : ` (${bytes >= floorTransfer ? "+" : "−"}${kib(Math.abs(bytes - floorTransfer))})`;
  const row = (r: LighthouseResult) =>
    `${r.performance} / ${r.accessibility} / ${r.bestPractices} / ${r.seo} | ${ms(r.lcpMs)} | ${r.cls.toFixed(3)} | ${ms(r.tbtMs)} | ${kib(r.transferBytes)}${overFloor(r.transferBytes)}`;
  log(`### Lighthouse (${jobs.length} runs, ${elapsed(start)}; CPU benchmark index ${Math.min(...results.map((r) => r.benchmarkIndex))}–${Math.max(...results.map((r) => r.benchmarkIndex))})`);
  log();
  log(
    "Transfer is every byte the page downloads until the network is quiet, as Lighthouse counts it (against the floor's " +
      "in brackets): the page-weight table's files, and anything fetched after them, such as other pages' data.",
  );
  log();
  log("| page | mobile, median of 3: perf / a11y / best practices / SEO | LCP | CLS | TBT | transfer (vs floor) | mobile perf, each run | desktop: perf / a11y / BP / SEO | LCP | CLS | TBT |");
  log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const failures = new Set<string>();
  for (const target of targets) {
    const mobile = results.filter((r) => r.url === target.url && r.formFactor === "mobile");
    const desktop = results.find((r) => r.url === target.url && r.formFactor === "desktop")!;
    const median = medianRun(mobile);
    for (const r of [...mobile, desktop]) for (const id of r.failedAudits) failures.add(`${target.label} (${r.formFactor}): ${id}`);
    log(`| ${target.label} | ${row(median)} | ${mobile.map((r) => r.performance).join(", ")} | ${desktop.performance} / ${desktop.accessibility} / ${desktop.bestPractices} / ${desktop.seo} | ${ms(desktop.lcpMs)} | ${desktop.cls.toFixed(3)} | ${ms(desktop.tbtMs)} |`);
  }
  log();
  log(failures.size ? `Audits that did not pass: ${[...failures].join("; ")}.` : "Every accessibility, best-practice and SEO audit passed on every run.");
  log();
}

async function loadSection(site: RunningServer, floor: RunningServer | undefined, pages: ReturnType<typeof pageTypes>, siteEnv: Record<string, string | undefined>) {
  log(`### HTTP load (autocannon, ${connections} connections, ${seconds} s after 20 requests of warm-up; req/s (p50 / p99))`);
  log();
  log(
    `CPU per request: the serving process's own user + system time (\`/proc/<pid>/stat\`; for the site the next-server ` +
      `process) over ${cpuRequests} requests (${cpuRequestsRendered} for the pages rendered per request) at ${cpuConnections} connections, ` +
      "measured after the timed run, apart from it. " +
      "Requests per second move with whatever else the machine does; the CPU a request costs the server moves far less.",
  );
  log();
  const baseline = await startStaticServer(site.origin, pages.filter((p) => p.prerendered).map((p) => p.path), basePort + 2);
  try {
    const floorUrl = floor ? floor.origin + floorNotePath : undefined;
    const floorRate = floorUrl ? await loadGet(floorUrl, connections, seconds) : undefined;
    const floorCpu = floor && floorUrl ? await cpuPerRequest(floorUrl, floor.cpuMs, cpuRequests, cpuConnections) : undefined;
    log("| page | site: req/s (p50 / p99) | site: CPU per request | static server, same HTML: req/s (p50 / p99) | static server: CPU per request | site ÷ static: req/s, CPU | site ÷ floor: req/s, CPU |");
    log("| --- | --- | --- | --- | --- | --- | --- |");
    if (floorRate) log(`| floor: one MDX note | ${rate(floorRate)} | ${cpu(floorCpu)} | – | – | – | – |`);
    for (const page of pages) {
      const siteRate = await loadGet(site.origin + page.path, connections, seconds);
      const siteCpu = await cpuPerRequest(site.origin + page.path, site.cpuMs, page.prerendered ? cpuRequests : cpuRequestsRendered, cpuConnections);
      const staticUrl = page.prerendered ? `${baseline.origin}${page.path}` : undefined;
      const staticRate = staticUrl ? await loadGet(staticUrl, connections, seconds) : undefined;
      const staticCpu = staticUrl ? await cpuPerRequest(staticUrl, baseline.cpuMs, cpuRequests, cpuConnections) : undefined;
      log(
        `| ${page.label} | ${rate(siteRate)} | ${cpu(siteCpu)} | ${staticRate ? rate(staticRate) : "– (per request)"} | ${staticRate ? cpu(staticCpu) : "–"} | ` +
          `${ratios(siteRate, siteCpu, staticRate, staticCpu)} | ${ratios(siteRate, siteCpu, floorRate, floorCpu)} |`,
      );
    }
  } finally {
    await baseline.stop();
  }
  log();
  log("| storage | `/book`: req/s (p50 / p99) | `/book`: CPU per request | `GET /api/availability`, 21 days | the API: CPU per request | `POST /api/bookings`, distinct slots | a booking: CPU per request |");
  log("| --- | --- | --- | --- | --- | --- | --- |");
  log(`| SQLite | ${(await bookingLoad(site)).join(" | ")} |`);
  await site.stop();
  const reset = await resetDatabase(databaseUrl).then(() => undefined, (error: Error) => error.message);
  if (reset) log(`| PostgreSQL | skipped: ${databaseUrl.replace(/\/\/[^@]*@/, "//…@")} is not reachable (${reset}) | | | | | |`);
  else {
    const pg = await startNext({ dir: ".", port: basePort + 3, env: { ...siteEnv, DATABASE_URL: databaseUrl }, readyPath: "/notes" });
    try {
      log(`| PostgreSQL | ${(await bookingLoad(pg)).join(" | ")} |`);
    } finally {
      await pg.stop();
    }
  }
  log();
  log(
    "POST: every request books a different free time (every other slot, so the buffer between calls never refuses one), from its own address; " +
      "the count is how many were booked, and its CPU is next-server's over all of them (the database server's own time is not in it).",
  );
  log();
}

/** /book, the availability API for 21 days, and booking every other free slot, against one running site. */
async function bookingLoad(server: RunningServer): Promise<string[]> {
  const today = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const availabilityUrl = `${server.origin}/api/availability?from=${today}&to=${to}`;
  const book = await loadGet(`${server.origin}/book`, connections, seconds);
  const bookCpu = await cpuPerRequest(`${server.origin}/book`, server.cpuMs, cpuRequestsRendered, cpuConnections);
  const availability = await loadGet(availabilityUrl, connections, seconds);
  const availabilityCpu = await cpuPerRequest(availabilityUrl, server.cpuMs, cpuRequests, cpuConnections);
  const { slots } = (await (await fetch(availabilityUrl)).json()) as { slots: { start: string }[] };
  const picked = slots.filter((_, index) => index % 2 === 0);
  const bodies = picked.map((slot, index) => ({ name: `Load ${index}`, email: `load-${index}@bench.example`, start: slot.start, timeZone: "UTC" }));
  const cpuBefore = server.cpuMs();
  const post = await loadPostEach(`${server.origin}/api/bookings`, bodies, connections);
  const cpuAfter = server.cpuMs();
  const postCpu = cpuBefore === undefined || cpuAfter === undefined || bodies.length === 0
    ? undefined
    : { ms: (cpuAfter - cpuBefore) / bodies.length, requests: bodies.length, non2xx: 0, errors: 0 };
  return [rate(book), cpu(bookCpu), rate(availability), cpu(availabilityCpu), `${rate(post)}, ${post.requests - post.non2xx} of ${bodies.length} booked`, cpu(postCpu)];
}

/**
 * Minutes of load on /book and the availability API at once, against a site of its own (SQLite, a fresh folder),
 * with the server's resident memory read every second: it should rise while warming up and then stay in a band.
 */
async function soakSection(siteEnv: Record<string, string | undefined>) {
  const minutes = soakSeconds >= 60 ? `${+(soakSeconds / 60).toFixed(1)} minutes` : `${soakSeconds} s`;
  log(`### Memory soak (${minutes} of autocannon, ${soakConnections} connections each on \`/book\` and \`GET /api/availability\` at once)`);
  log();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-soak-"));
  const server = await startNext({ dir: ".", port: basePort, env: { ...siteEnv, DATA_DIR: dataDir }, readyPath: "/notes" });
  try {
    const today = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const urls = [`${server.origin}/book`, `${server.origin}/api/availability?from=${today}&to=${to}`];
    const result = await soak(server, urls, soakConnections, soakSeconds);
    if (!result) {
      log("- not measured: the server's memory is read from /proc, which this system does not have.");
    } else {
      log(`- resident memory of next-server: ${mib(result.before)} before (after 20 requests of each), ` +
        `${result.atMinute === undefined ? "– at 1 minute (the soak was shorter)" : `${mib(result.atMinute)} at 1 minute`}, ` +
        `${mib(result.peak.bytes)} at its peak (${Math.round(result.peak.atSeconds)} s in), ${mib(result.after)} when the load ended.`);
      if (result.settled) log(`- from 1 minute to the end it stayed between ${mib(result.settled.min)} and ${mib(result.settled.max)}.`);
      for (const { url, result: run } of result.runs) {
        const label = url.includes("/api/") ? "`GET /api/availability`, 21 days" : "`/book`";
        const problems = run.non2xx || run.errors ? `${run.non2xx} non-2xx answers and ${run.errors} errors or timeouts` : "every answer 2xx";
        log(`- ${label}: ${run.requests.toLocaleString("en-US")} requests, ${Math.round(run.requestsPerSecond)} req/s (p50 ${ms(run.p50Ms)}, p99 ${ms(run.p99Ms)}), ${problems}.`);
      }
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  log();
}

async function slotsSection() {
  log("### Slot computation");
  log();
  const r = await benchSlots();
  log(
    `- \`computeAvailableSlots\` (\`scripts/bench/slots.ts\`), in process: ${r.days} days of free times in ${r.timeZone}, ` +
      `${r.slots} slots offered against ${r.taken} taken times (bookings, time off, calendar meetings).`,
  );
  log(`- one computation of the whole window: median ${r.medianMs.toFixed(2)} ms, 95th percentile ${r.p95Ms.toFixed(2)} ms, over ${r.runs} runs after 20 of warm-up.`);
  log();
}

function growthSection() {
  log("### Content growth");
  log();
  log("Each load is timed in a fresh process (`scripts/bench/load-notes-once.ts`; loading the modules not counted), as wall time / CPU time: the pages' way as the median of 3 processes, the content check's in one.");
  log();
  log("| notes | load all notes, as pages do | read every body too, as `npm run content:check` does | `npm run build` | build per note |");
  log("| --- | --- | --- | --- | --- |");
  try {
    for (const count of [...new Set([...loadSizes, ...buildSizes])].sort((a, b) => a - b)) {
      const dir = writeGrowthContent("content", count);
      const loading = timeNoteLoading(dir);
      const checking = timeNoteLoading(dir, { bodies: true, runs: 1 });
      const took = buildSizes.includes(count)
        ? timedBuild(["npm", "run", "build"], { env: { CONTENT_DIR: dir, NEXT_DIST_DIR: path.join(".bench", `next-${count}`) } })
        : undefined;
      const buildCells = took === undefined ? "not built (`--growth-builds 10,100,1000`) | –" : `${ms(took)} | ${ms(took / count)}`;
      const cells = [loading, checking].map((time) => `${ms(time.ms)} / ${ms(time.cpuMs)}`).join(" | ");
      log(`| ${count.toLocaleString("en-US")} | ${cells} | ${buildCells} |`);
    }
  } finally {
    removeGrowthContent();
  }
  log();
}

function chromiumVersion(): string {
  const result = spawnSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" });
  return result.stdout?.trim().replace(/^Chromium\s*/, "").split(" ")[0] || "unknown";
}

/** Replaces the results part of docs/benchmarks.md (after its marker line), keeping the explanation above it. */
function writeReport(results: string) {
  const file = "docs/benchmarks.md";
  const marker = "<!-- npm run bench writes below this line -->";
  const text = fs.readFileSync(file, "utf8");
  const head = text.includes(marker) ? text.slice(0, text.indexOf(marker)) : `${text.trimEnd()}\n\n`;
  fs.writeFileSync(file, `${head}${marker}\n\n${results.trim()}\n`);
  console.error(`\nwritten to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

// Lighthouse runs, one after another in one Chromium, each with a cold cache (Lighthouse clears storage per run).
// Reads a JSON list of { url, formFactor } as its argument and prints one JSON result per line. Plain JavaScript run
// by plain Node: Lighthouse sends some of its own functions into the page as text, and a TypeScript runner's
// rewriting of those functions breaks them there.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

const jobs = JSON.parse(process.argv[2]);
const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-gpu",
];

// The back-forward cache check navigates away and back, and the screenshots are pictures for a viewer: neither
// counts towards a score, and leaving them out shortens each run by seconds. The full-page screenshot is taken even
// when its audit is skipped (1.7 s a run) unless it is turned off by its own setting.
const skipAudits = ["bf-cache", "full-page-screenshot", "screenshot-thumbnails", "final-screenshot"];

const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags, logLevel: "silent" });
try {
  for (const { url, formFactor } of jobs) {
    const runner = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json", skipAudits, disableFullPageScreenshot: true }, formFactor === "desktop" ? desktopConfig : undefined);
    if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError, environment } = runner.lhr;
    if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`);
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id) => audits[id]?.numericValue ?? null;
    const failed = (id) =>
      (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1).map((ref) => ref.id);
    const result = {
      url,
      formFactor,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: value("largest-contentful-paint"),
      cls: value("cumulative-layout-shift"),
      tbtMs: value("total-blocking-time"),
      transferBytes: value("total-byte-weight"),
      benchmarkIndex: environment.benchmarkIndex,
      failedAudits: [...failed("accessibility"), ...failed("best-practices"), ...failed("seo")],
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
} finally {
  chrome.kill();
}

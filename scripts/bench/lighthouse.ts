// Lighthouse on the system Chromium, mobile (its default simulated throttling) or desktop: the four category scores
// and the page's main timings. The runs happen in lighthouse-worker.mjs, one Chromium for the whole list.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export type FormFactor = "mobile" | "desktop";

export interface LighthouseResult {
  url: string;
  formFactor: FormFactor;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  transferBytes: number;
  /** Lighthouse's measure of this machine's CPU speed during the run (higher is faster). */
  benchmarkIndex: number;
  /** Accessibility, best-practice and SEO audits that did not pass. */
  failedAudits: string[];
}

const run = promisify(execFile);

export async function runLighthouse(jobs: { url: string; formFactor: FormFactor }[]): Promise<LighthouseResult[]> {
  const { stdout } = await run(process.execPath, ["scripts/bench/lighthouse-worker.mjs", JSON.stringify(jobs)], {
    maxBuffer: 16 << 20,
    timeout: 60_000 * jobs.length,
  });
  return stdout.trim().split("\n").map((line) => JSON.parse(line) as LighthouseResult);
}

/** Of several runs of one page, the one with the median performance score (Lighthouse's advice on a noisy machine). */
export function medianRun(results: LighthouseResult[]): LighthouseResult {
  const sorted = [...results].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

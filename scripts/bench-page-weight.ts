// Measures what a reader downloads for a page of the production build: HTML, CSS, JS and fonts, raw and gzipped.
// Usage: npm run bench  (builds, then starts `next start` on a spare port and measures each page below).
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";

const port = Number(process.env.BENCH_PORT ?? 3199);
const origin = `http://localhost:${port}`;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["/notes/what-ai-operations-actually-means", "/notes", "/"];

interface Asset { kind: "html" | "css" | "js" | "font"; url: string; raw: number; gzip: number }

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/notes`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server on ${origin} did not start`);
}

async function measure(url: string, kind: Asset["kind"]): Promise<Asset> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  // Fonts are already compressed (woff2); gzip would not be applied to them.
  return { kind, url, raw: body.length, gzip: kind === "font" ? body.length : gzipSync(body, { level: 6 }).length };
}

async function measurePage(pathname: string): Promise<Asset[]> {
  const html = await (await fetch(origin + pathname)).text();
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => new URL(m[1]!, origin).toString());
  const css = attr(/<link rel="stylesheet" href="([^"]+)"/g);
  // noModule scripts are polyfills that current browsers skip, so they are not counted.
  const js = [...new Set([...attr(/<script src="([^"]+)"(?![^>]*noModule)/g), ...attr(/<link rel="preload" as="script"[^>]*href="([^"]+)"/g)])];
  const fonts = attr(/<link rel="preload" href="([^"]+\.woff2)" as="font"/g);
  return [
    await measure(origin + pathname, "html"),
    ...(await Promise.all(css.map((url) => measure(url, "css")))),
    ...(await Promise.all(js.map((url) => measure(url, "js")))),
    ...(await Promise.all(fonts.map((url) => measure(url, "font")))),
  ];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
if (await fetch(origin).then(() => true, () => false)) throw new Error(`port ${port} is already in use: stop that server first`);
// Its own process group, so the whole server stops with the benchmark.
const server = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
  stdio: "ignore",
  detached: true,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
try {
  await waitForServer();
  console.log("| page | HTML (gzip) | CSS (gzip) | JS (gzip, files) | fonts (woff2, files) |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const pathname of pages) {
    const assets = await measurePage(pathname);
    const sum = (kind: Asset["kind"]) => assets.filter((a) => a.kind === kind);
    const total = (list: Asset[]) => list.reduce((n, a) => n + a.gzip, 0);
    console.log(
      `| \`${pathname}\` | ${kb(total(sum("html")))} | ${kb(total(sum("css")))} | ${kb(total(sum("js")))} (${sum("js").length}) | ${kb(total(sum("font")))} (${sum("font").length}) |`,
    );
  }
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
}

void main();

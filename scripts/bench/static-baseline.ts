// A plain static file server for the load benchmark's baseline: it saves the pages the running site serves (body and
// headers), then serves each saved file with node:http and node:fs, with the same headers, and nothing else. The
// site's prerendered pages are measured against it: how close they come to the cost of sending a file.
// Usage: npx tsx scripts/bench/static-baseline.ts http://127.0.0.1:3000 /notes/some-note /about   (prints the port)
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

export interface StaticBaseline {
  port: number;
  /** The baseline's address for a page it saved: `${url}${pagePath}`. */
  url: string;
  close(): Promise<void>;
}

// Headers that describe one transfer, not the page: the baseline sets its own.
const PER_TRANSFER = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/**
 * Fetches each path from the running site (`siteUrl`), saves it into a temporary folder and starts serving the copies
 * on `port` (0: any free port) at the same paths, each read from disk per request as a file server does, with the
 * headers the site sent. Close it to stop it and remove the folder.
 */
export async function startStaticBaseline(siteUrl: string, paths: readonly string[], port = 0): Promise<StaticBaseline> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "static-baseline-"));
  const pages = new Map<string, { file: string; headers: Record<string, string> }>();
  for (const [index, pagePath] of paths.entries()) {
    const response = await fetch(new URL(pagePath, siteUrl), { redirect: "manual" });
    if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}; the baseline serves pages that answer 200`);
    const file = path.join(dir, `${index}.html`);
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!PER_TRANSFER.has(name)) headers[name] = value;
    });
    pages.set(pagePath, { file, headers });
  }

  const server = http.createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? "/", "http://baseline").pathname);
    if (!page) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    fs.readFile(page.file, (error, body) => {
      if (error) {
        response.writeHead(500).end();
        return;
      }
      response.writeHead(200, { ...page.headers, "content-length": body.length }).end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address();
  const listening = typeof address === "object" && address ? address.port : port;
  return {
    port: listening,
    url: `http://127.0.0.1:${listening}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const [siteUrl, ...paths] = process.argv.slice(2);
  if (!siteUrl || paths.length === 0) {
    console.error("Usage: npx tsx scripts/bench/static-baseline.ts <site url> <path> [path...]");
    process.exit(2);
  }
  void startStaticBaseline(siteUrl, paths, Number(process.env.PORT ?? 0)).then((baseline) => {
    console.log(`Serving ${paths.length} saved page(s) at ${baseline.url} (Ctrl-C stops)`);
    const stop = () => void baseline.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

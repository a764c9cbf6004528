import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";

/** How the feed server answers: the calendar, a 500, or nothing at all (a server that hangs). */
export type FeedMode = "ok" | "error" | "silent";

export interface IcsServer {
  /** The address of a feed by its name (a secret path, as Google's are). */
  url(name: string): string;
  /** Sets (or replaces) what a feed serves. */
  publish(name: string, text: string): void;
  mode: FeedMode;
  /** Whether the server honours If-None-Match / If-Modified-Since with 304 (Google does; some servers don't). */
  conditional: boolean;
  /** Every request, with the validators it sent and the status it got. */
  requests: { name: string; ifNoneMatch?: string; ifModifiedSince?: string; status: number | "no answer" }[];
  stop(): Promise<void>;
}

/**
 * A real HTTP server serving calendar subscriptions from memory, with an ETag and Last-Modified per version, on a free
 * port of 127.0.0.1. Set `mode` to make it fail or hang.
 */
export async function startIcsServer(): Promise<IcsServer> {
  const feeds = new Map<string, { text: string; etag: string; modified: string }>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? "/").slice(1).split("?")[0]!);
    const entry = { name, ...validators(request) };
    if (state.mode === "silent") {
      state.requests.push({ ...entry, status: "no answer" });
      hanging.add(response);
      return;
    }
    const feed = feeds.get(name);
    const status = state.mode === "error" ? 500 : !feed ? 404 : state.conditional && isUnchanged(request, feed) ? 304 : 200;
    state.requests.push({ ...entry, status });
    if (status !== 200) {
      response.writeHead(status, status === 304 ? { etag: feed!.etag } : { "content-type": "text/plain" }).end(status === 304 ? undefined : "Something went wrong");
      return;
    }
    response.writeHead(200, { "content-type": "text/calendar; charset=utf-8", etag: feed!.etag, "last-modified": feed!.modified }).end(feed!.text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const state: IcsServer = {
    url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
    publish(name, text) {
      const etag = `"${createHash("sha256").update(text).digest("hex").slice(0, 16)}"`;
      feeds.set(name, { text, etag, modified: new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString() });
    },
    mode: "ok",
    conditional: true,
    requests: [],
    async stop() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return state;
}

function validators(request: http.IncomingMessage) {
  const ifNoneMatch = request.headers["if-none-match"];
  const ifModifiedSince = request.headers["if-modified-since"];
  return { ...(ifNoneMatch ? { ifNoneMatch } : {}), ...(ifModifiedSince ? { ifModifiedSince } : {}) };
}

function isUnchanged(request: http.IncomingMessage, feed: { etag: string; modified: string }): boolean {
  const ifNoneMatch = request.headers["if-none-match"];
  if (ifNoneMatch) return ifNoneMatch === feed.etag;
  const since = request.headers["if-modified-since"];
  return since !== undefined && new Date(since).getTime() >= new Date(feed.modified).getTime();
}

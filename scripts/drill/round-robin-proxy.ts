import http from "node:http";

// A small HTTP proxy that hands each request to the next of several site servers in turn, as a load balancer does. It
// appends the address it was reached from to X-Forwarded-For, so the site (TRUSTED_PROXY_HOPS=2: the drill's client
// names itself in the header, the proxy adds its hop) counts each drill client as its own visitor.

export interface RoundRobinProxy {
  url: string;
  /** How many requests went to each backend, by its URL. */
  counts: Map<string, number>;
  /** Why a request could not be handed on (answered 502), with how often. */
  errors: Map<string, number>;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(port: number, backends: string[]): Promise<RoundRobinProxy> {
  let next = 0;
  const counts = new Map(backends.map((backend) => [backend, 0]));
  const errors = new Map<string, number>();
  // A new connection per request: a kept-alive one the server has just closed would turn into the proxy's own 502.
  const agent = new http.Agent({ keepAlive: false, maxSockets: 256 });
  const server = http.createServer((request, response) => {
    const backend = new URL(backends[next++ % backends.length]!);
    counts.set(backend.origin, (counts.get(backend.origin) ?? 0) + 1);
    const forwarded = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: backend.hostname,
        port: backend.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": forwarded },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", (error) => {
      const key = (error as NodeJS.ErrnoException).code ?? error.message;
      errors.set(key, (errors.get(key) ?? 0) + 1);
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    errors,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}

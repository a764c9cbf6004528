// HTTP load with autocannon: requests per second and latency at a number of open connections.
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

type Options = Parameters<typeof autocannon>[0];

function summarise(result: autocannon.Result): LoadResult {
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export async function load(options: Options): Promise<LoadResult> {
  return summarise(await autocannon(options));
}

/**
 * GETs `url` for `seconds` over `connections` connections, after a warm-up of 20 requests that is not counted (a
 * fixed number, all answered before the run starts, so a slow page does not begin the run behind a queue).
 */
export async function loadGet(url: string, connections: number, seconds: number): Promise<LoadResult> {
  await autocannon({ url, connections: 5, amount: 20 });
  return load({ url, connections, duration: seconds });
}

/**
 * POSTs one JSON body per request, each a different one (`bodies[i]`), over `connections` connections, and reports
 * the rate over all of them. Each request comes from its own client address (X-Forwarded-For, one trusted hop), so the
 * per-address limits measure nothing here.
 */
export async function loadPostEach(url: string, bodies: unknown[], connections: number): Promise<LoadResult> {
  let next = 0;
  return load({
    url,
    connections,
    amount: bodies.length,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const index = next++;
          return {
            ...request,
            headers: { ...request.headers, "content-type": "application/json", "x-forwarded-for": `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` },
            body: JSON.stringify(bodies[index % bodies.length]),
          };
        },
      },
    ],
  });
}

/** The server's CPU time per request, and what its answers were, over a fixed number of requests. */
export interface CpuPerRequest {
  ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/**
 * GETs `url` `requests` times over `connections` connections (after the same 20 of warm-up as loadGet) and divides
 * the CPU time the server spent meanwhile (`cpuMs`, its user + system time) by the number of requests. Every request
 * has been answered when autocannon returns, so none is left in flight to be counted or missed.
 */
export async function cpuPerRequest(url: string, cpuMs: () => number | undefined, requests: number, connections = 10): Promise<CpuPerRequest | undefined> {
  await autocannon({ url, connections: 5, amount: 20 });
  const before = cpuMs();
  if (before === undefined) return undefined;
  const result = await load({ url, connections, amount: requests });
  return { ms: (cpuMs()! - before) / requests, requests, non2xx: result.non2xx, errors: result.errors };
}

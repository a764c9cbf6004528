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

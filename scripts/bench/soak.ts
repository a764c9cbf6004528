// The memory soak: several URLs under load at once for minutes, the server's resident memory read every second, to
// show whether it stays flat (a leak climbs for as long as the load lasts; a collector's saw-tooth does not).
import autocannon from "autocannon";
import { load, type LoadResult } from "./load";
import type { RunningServer } from "./server";

export interface SoakResult {
  seconds: number;
  /** Resident memory in bytes: after the warm-up, one minute in, the highest seen (and when), when the load ended. */
  before: number;
  atMinute?: number;
  peak: { bytes: number; atSeconds: number };
  /** The lowest and highest from the first minute to the end: the band the memory moved in once warm. */
  settled?: { min: number; max: number };
  after: number;
  runs: { url: string; result: LoadResult }[];
}

/** Loads every URL at once, `connections` each, for `seconds`; undefined where the memory cannot be read. */
export async function soak(server: RunningServer, urls: readonly string[], connections: number, seconds: number): Promise<SoakResult | undefined> {
  for (const url of urls) await autocannon({ url, connections: 5, amount: 20 });
  const before = server.rssBytes();
  if (before === undefined) return undefined;
  const samples: { atSeconds: number; bytes: number }[] = [{ atSeconds: 0, bytes: before }];
  const started = performance.now();
  const sampler = setInterval(() => {
    try {
      samples.push({ atSeconds: (performance.now() - started) / 1000, bytes: server.rssBytes()! });
    } catch {
      // The server has gone: its requests fail, and the lines below say so.
    }
  }, 1000);
  let results: LoadResult[];
  try {
    results = await Promise.all(urls.map((url) => load({ url, connections, duration: seconds })));
  } finally {
    clearInterval(sampler);
  }
  const after = server.rssBytes()!;
  samples.push({ atSeconds: (performance.now() - started) / 1000, bytes: after });
  const peak = samples.reduce((highest, sample) => (sample.bytes > highest.bytes ? sample : highest));
  const warm = samples.filter((sample) => sample.atSeconds >= 60);
  return {
    seconds,
    before,
    atMinute: warm[0]?.bytes,
    peak: { bytes: peak.bytes, atSeconds: peak.atSeconds },
    settled: warm.length ? { min: Math.min(...warm.map((s) => s.bytes)), max: Math.max(...warm.map((s) => s.bytes)) } : undefined,
    after,
    runs: urls.map((url, index) => ({ url, result: results[index]! })),
  };
}

"use client";

import { useCallback, useEffect, useState } from "react";
import { clockAt } from "@/lib/time/zone-labels";

// How long one step of the warm-up may take: well under the 50 ms that makes a task "long" on a slow phone.
const STEP_MS = 8;

/**
 * Whether the zone list can show every zone's offset and clock. The server's HTML has them. In the browser each zone
 * needs a formatter of its own, and making a few hundred at once would hold the page up while it starts, so until
 * they are made, a few at a time after the page has loaded, the list keeps the labels the server drew. Reaching for
 * the list (`now()`) makes the rest at once.
 */
export function useZoneClocks(zones: readonly string[]): { ready: boolean; now: () => void } {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const instant = new Date();
    let next = 0;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      const until = performance.now() + STEP_MS;
      for (; next < zones.length && performance.now() < until; next++) {
        try {
          clockAt(instant, zones[next]!);
        } catch {
          // A zone this browser does not know is labelled without a clock when the list is drawn.
        }
      }
      if (next < zones.length) timer = setTimeout(step, 0);
      else setReady(true);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [zones, ready]);
  return { ready: typeof window === "undefined" || ready, now: useCallback(() => setReady(true), []) };
}

"use client";

import { useEffect, useState } from "react";

/**
 * The current minute, starting from the instant the server drew the page (so the first render matches its HTML),
 * then kept up to date in the browser: the zone labels' "now 21:04" stays true while the page is open.
 */
export function useMinuteClock(serverNow: number): Date {
  const [minute, setMinute] = useState(() => Math.floor(serverNow / 60_000) * 60_000);
  useEffect(() => {
    const tick = () => setMinute(Math.floor(Date.now() / 60_000) * 60_000);
    tick();
    const timer = setInterval(tick, 15_000);
    return () => clearInterval(timer);
  }, []);
  return new Date(minute);
}

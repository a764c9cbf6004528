"use client";

import { useEffect, useState } from "react";

type SlotJson = { start: string; end: string };

const DAY = 86_400_000;
/** A page drawn longer ago than this may offer times that are gone: its form asks the API for today's. */
const FRESH_FOR_MS = 60_000;

/**
 * The free times to offer: the ones the page was drawn with, or, when the page is a kept copy drawn over a minute
 * before it opened, the ones `GET /api/availability` gives now (within the same booking window). Without JavaScript
 * the drawn times stay, and the time picked is checked again when it is booked.
 */
export function useFreshSlots(drawn: readonly SlotJson[], drawnAt: number, daysAhead: number): readonly SlotJson[] {
  const [fetched, setFetched] = useState<{ drawnAt: number; slots: SlotJson[] }>();
  useEffect(() => {
    if (Date.now() - drawnAt < FRESH_FOR_MS) return;
    const controller = new AbortController();
    fetch("/api/availability", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ slots?: SlotJson[] }>) : undefined))
      .then((body) => {
        if (!body?.slots) return;
        const windowEnd = Date.now() + daysAhead * DAY;
        setFetched({ drawnAt, slots: body.slots.filter((slot) => Date.parse(slot.start) < windowEnd) });
      })
      // Offline or refused: the drawn times stay, and booking one that has gone says so with the nearest free ones.
      .catch(() => {});
    return () => controller.abort();
  }, [drawnAt, daysAhead]);
  return fetched?.drawnAt === drawnAt ? fetched.slots : drawn;
}

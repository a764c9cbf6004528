import type { BookingRequest } from "@/lib/booking/booking-request";
import { rulesIn } from "./rules";

/** Berlin office hours, 24 hours' notice, three weeks ahead, a 15-minute buffer: the site's own kind of rules. */
export const berlinRules = rulesIn("Europe/Berlin", { minimumNoticeHours: 24, daysAhead: 21, bufferMinutes: 15 });

/** Monday 1 June 2026, 10:00 in Berlin. */
export const NOW = new Date("2026-06-01T08:00:00Z");

/** Wednesday 3 June, 09:00 in Berlin: a slot the rules offer. */
export const OPEN_SLOT = new Date("2026-06-03T07:00:00Z");

export function founder(overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    name: "Ada Lovelace",
    email: "ada@analytical.example",
    company: "Analytical Engines",
    teamSize: "11–25",
    message: "Month-end close takes a week.",
    readiness: ["shelved-tools", "undone-work"],
    engagement: "scoping",
    source: "/notes/what-ai-operations-actually-means",
    start: OPEN_SLOT,
    timeZone: "Asia/Kolkata",
    ...overrides,
  };
}

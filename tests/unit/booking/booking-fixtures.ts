import path from "node:path";
import type { BookingRequest } from "@/lib/booking/booking-request";
import { createBooking } from "@/lib/booking/service";
import type { BookingContext } from "@/lib/booking/context";
import type { MailSettings } from "@/lib/booking/notifications/mail-settings";
import { readBookingSettings } from "@/lib/content/booking-settings";
import type { Storage } from "@/lib/db/connect";
import { createRateLimiter } from "@/lib/db/rate-limits";
import { repoRoot } from "../fixtures";
import { rulesIn } from "./rules";

/** Berlin office hours, 24 hours' notice, three weeks ahead, a 15-minute buffer: the site's own kind of rules. */
export const berlinRules = rulesIn("Europe/Berlin", { minimumNoticeHours: 24, daysAhead: 21, bufferMinutes: 15 });

/** Monday 1 June 2026, 10:00 in Berlin. */
export const NOW = new Date("2026-06-01T08:00:00Z");

/** Wednesday 3 June, 09:00 in Berlin: a slot the rules offer. */
export const OPEN_SLOT = new Date("2026-06-03T07:00:00Z");

/** The emails' settings for a Berlin consultant, as the site would build them from its content. */
export const berlinMail: MailSettings = {
  site: { name: "Kofi Osei", role: "AI Operations", url: "https://ko.example" },
  consultantTimeZone: "Europe/Berlin",
  meetingLink: "https://meet.example.com/ko-intro",
  nextSteps: ["Bring one process that eats your team's week.", "Nothing to install."],
  sender: { name: "Kofi Osei", address: "bookings@ko.example" },
  consultantAddress: "kofi@ko.example",
  readinessSignals: [
    { id: "shelved-tools", label: "We bought AI tools that sit unused" },
    { id: "undone-work", label: "Work goes undone every week" },
  ],
  engagements: [{ id: "scoping", label: "Scoping Engagement" }],
};

/** What the booking's forms and the admin run on: the site's own settings under Berlin rules, a fixed clock. */
export function berlinContext(storage: Storage, now: Date): BookingContext {
  return {
    storage: async () => storage,
    settings: { ...readBookingSettings(path.join(repoRoot, "content")), ...berlinRules },
    mail: berlinMail,
    now: () => now,
    rateLimiter: createRateLimiter(async () => storage, { scope: "booking", limit: 1000, windowMs: 600_000 }),
    trustedProxyHops: 1,
  };
}

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

/** Books the intro call at `start` under the Berlin rules, as a founder with this address would; throws if refused. */
export async function bookAt(storage: Storage, start: Date, email = "ada@analytical.example") {
  const outcome = await createBooking(storage, berlinRules, NOW, founder({ start, email }), berlinMail);
  if (outcome.kind !== "booked") throw new Error(`booking failed: ${JSON.stringify(outcome)}`);
  return outcome.booking;
}

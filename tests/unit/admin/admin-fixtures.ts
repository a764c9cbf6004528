import path from "node:path";
import { readBookingSettings } from "@/lib/content/booking-settings";
import type { Booking } from "@/lib/db/bookings";

/** The site's own booking settings (Europe/Berlin, the real signals and engagements). */
export const settings = readBookingSettings(path.resolve("content"));

/** A stored booking as the admin reads it. */
export function booking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: "b-1",
    start: new Date("2026-06-03T07:00:00.000Z"),
    end: new Date("2026-06-03T07:30:00.000Z"),
    status: "confirmed",
    name: "Ada Lovelace",
    email: "ada@analytical.example",
    company: "Analytical Engines",
    teamSize: "11–25",
    message: "Month-end close takes a week.",
    readiness: settings.form.readinessSignals.slice(0, 2).map((signal) => signal.id),
    engagement: settings.form.engagements[0]!.id,
    source: "/notes/what-ai-operations-actually-means",
    timeZone: "Asia/Kolkata",
    createdAt: new Date("2026-06-01T08:00:00.000Z"),
    updatedAt: new Date("2026-06-01T08:00:00.000Z"),
    sequence: 0,
    adminNote: null,
    cancelledBy: null,
    clientKey: null,
    ...overrides,
  };
}

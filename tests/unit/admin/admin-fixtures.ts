import path from "node:path";
import { readBookingSettings } from "@/lib/content/booking-settings";
import type { BookingRow } from "@/lib/db/bookings";

/** The site's own booking settings (Europe/Berlin, the real signals and engagements). */
export const settings = readBookingSettings(path.resolve("content"));

/** A stored booking as the admin reads it. */
export function bookingRow(overrides: Partial<BookingRow> = {}): BookingRow {
  return {
    id: "b-1",
    start_at: "2026-06-03T07:00:00.000Z",
    end_at: "2026-06-03T07:30:00.000Z",
    status: "confirmed",
    name: "Ada Lovelace",
    email: "ada@analytical.example",
    company: "Analytical Engines",
    team_size: "11–25",
    message: "Month-end close takes a week.",
    readiness: JSON.stringify(settings.form.readinessSignals.slice(0, 2).map((signal) => signal.id)),
    engagement: settings.form.engagements[0]!.id,
    source: "/notes/what-ai-operations-actually-means",
    time_zone: "Asia/Kolkata",
    created_at: "2026-06-01T08:00:00.000Z",
    updated_at: "2026-06-01T08:00:00.000Z",
    manage_token_hash: null,
    sequence: 0,
    admin_note: null,
    cancelled_by: null,
    ...overrides,
  };
}

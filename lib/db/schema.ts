import type { Generated } from "kysely";

/** Where a booking stands. "held", "no_show" are for the consultant's later handling; only "cancelled" frees the slot. */
export type BookingStatus = "confirmed" | "held" | "cancelled" | "no_show";

// Instants are stored as ISO-8601 UTC text (2026-12-01T14:00:00.000Z) on both databases: it sorts and compares as
// text, and the same rows come back from SQLite and PostgreSQL without driver-specific date handling.
export interface BookingsTable {
  id: string;
  start_at: string;
  end_at: string;
  status: Generated<BookingStatus>;
  name: string;
  email: string;
  company: string | null;
  team_size: string | null;
  message: string | null;
  /** JSON array of readiness signal ids. */
  readiness: string;
  engagement: string | null;
  /** The page the visitor came from, as a path. */
  source: string | null;
  /** The zone the visitor read the time in. */
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface Database {
  bookings: BookingsTable;
}

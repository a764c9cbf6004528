import type { BookingSettings } from "../content/booking-schema";
import type { BookingRow } from "../db/bookings";
import { bookingAnswers, bookingStatusLabel } from "./booking-details";

// A spreadsheet runs a cell that starts with one of these as a formula; a leading ' makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): formulas neutralised, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const localTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" }).format(new Date(iso));

const COLUMNS: [header: string, value: (row: BookingRow, settings: BookingSettings) => string][] = [
  ["Start (consultant's time)", (row, settings) => localTime(row.start_at, settings.timeZone)],
  ["Start (UTC)", (row) => row.start_at],
  ["End (UTC)", (row) => row.end_at],
  ["Status", (row) => bookingStatusLabel(row)],
  ["Name", (row) => row.name],
  ["Email", (row) => row.email],
  ["Company", (row) => row.company ?? ""],
  ["Team size", (row) => row.team_size ?? ""],
  ["Message", (row) => row.message ?? ""],
  ["Readiness signals", (row, settings) => bookingAnswers(row, settings.form).signals.join("; ")],
  ["Engagement", (row, settings) => bookingAnswers(row, settings.form).engagement ?? ""],
  ["Came from", (row) => row.source ?? ""],
  ["Founder's time zone", (row) => row.time_zone],
  ["Private note", (row) => row.admin_note ?? ""],
  ["Booked at (UTC)", (row) => row.created_at],
  ["Booking id", (row) => row.id],
];

/** The bookings as a CSV file: UTF-8 with a byte-order mark (so spreadsheets read accents right), CRLF lines. */
export function bookingsCsv(rows: readonly BookingRow[], settings: BookingSettings): string {
  const lines = [
    COLUMNS.map(([header]) => csvCell(header)).join(","),
    ...rows.map((row) => COLUMNS.map(([, value]) => csvCell(value(row, settings))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

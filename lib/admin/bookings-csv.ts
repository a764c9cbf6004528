import type { BookingSettings } from "../content/booking-schema";
import type { Booking } from "../db/bookings";
import { bookingAnswers, bookingStatusLabel } from "./booking-details";

// A spreadsheet runs a cell that starts with one of these as a formula; a leading ' makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): formulas neutralised, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const localTime = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" }).format(instant);

const COLUMNS: [header: string, value: (booking: Booking, settings: BookingSettings) => string][] = [
  ["Start (consultant's time)", (b, settings) => localTime(b.start, settings.timeZone)],
  ["Start (UTC)", (b) => b.start.toISOString()],
  ["End (UTC)", (b) => b.end.toISOString()],
  ["Status", (b) => bookingStatusLabel(b)],
  ["Name", (b) => b.name],
  ["Email", (b) => b.email],
  ["Company", (b) => b.company ?? ""],
  ["Team size", (b) => b.teamSize ?? ""],
  ["Message", (b) => b.message ?? ""],
  ["Readiness signals", (b, settings) => bookingAnswers(b, settings.form).signals.join("; ")],
  ["Engagement", (b, settings) => bookingAnswers(b, settings.form).engagement ?? ""],
  ["Came from", (b) => b.source ?? ""],
  ["Founder's time zone", (b) => b.timeZone],
  ["Private note", (b) => b.adminNote ?? ""],
  ["Booked at (UTC)", (b) => b.createdAt.toISOString()],
  ["Booking id", (b) => b.id],
];

/** The bookings as a CSV file: UTF-8 with a byte-order mark (so spreadsheets read accents right), CRLF lines. */
export function bookingsCsv(bookings: readonly Booking[], settings: BookingSettings): string {
  const lines = [
    COLUMNS.map(([header]) => csvCell(header)).join(","),
    ...bookings.map((booking) => COLUMNS.map(([, value]) => csvCell(value(booking, settings))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

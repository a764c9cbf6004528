import type { SubscriberRow } from "../db/subscribers";
import { csvCell } from "./bookings-csv";
import { SUBSCRIBER_STATE_LABELS } from "./subscriber-states";

const COLUMNS: [header: string, value: (subscriber: SubscriberRow) => string][] = [
  ["Email", (s) => s.email],
  ["State", (s) => SUBSCRIBER_STATE_LABELS[s.status]],
  ["Subscribed (UTC)", (s) => s.created_at],
  ["Confirmed (UTC)", (s) => s.confirmed_at ?? ""],
  ["Unsubscribed (UTC)", (s) => s.unsubscribed_at ?? ""],
];

/**
 * The subscribers as a CSV file, like the bookings': UTF-8 with a byte-order mark, CRLF lines, a header row, and any
 * cell a spreadsheet would run as a formula made plain text. Only what is stored: the address, its state, its dates.
 */
export function subscribersCsv(subscribers: readonly SubscriberRow[]): string {
  const lines = [
    COLUMNS.map(([header]) => csvCell(header)).join(","),
    ...subscribers.map((subscriber) => COLUMNS.map(([, value]) => csvCell(value(subscriber))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

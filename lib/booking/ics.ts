export interface CalendarPerson {
  name: string;
  email: string;
}

/** One calendar event, as a calendar should save it. */
export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  /** The video room. */
  url: string;
  /** When the file is made (DTSTAMP). */
  createdAt: Date;
  /** Raised on every change, so a calendar replaces its copy (RFC 5546). */
  sequence?: number;
  status?: "CONFIRMED" | "CANCELLED";
  organizer?: CalendarPerson;
  attendee?: CalendarPerson;
}

export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export interface CalendarOptions {
  method?: CalendarMethod;
  /** A subscribed calendar's display name (X-WR-CALNAME). */
  name?: string;
}

/** An iCalendar (RFC 5545) file with one event: see buildCalendar. */
export function buildIcs(event: CalendarEvent, method: CalendarMethod = "PUBLISH"): string {
  return buildCalendar([event], { method });
}

/** An iCalendar (RFC 5545) file: times in UTC, text escaped, lines folded at 75 octets and ended by CRLF. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions = {}): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ko//AI Operations intro call//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${options.method ?? "PUBLISH"}`,
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

function eventLines(event: CalendarEvent): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `DTSTAMP:${icsInstant(event.createdAt)}`,
    `DTSTART:${icsInstant(event.start)}`,
    `DTEND:${icsInstant(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.url)}`,
    `URL:${event.url}`,
    ...(event.organizer ? [`ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${mailAddress(event.organizer.email)}`] : []),
    ...(event.attendee
      ? [`ATTENDEE;CN=${paramValue(event.attendee.name)};ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${mailAddress(event.attendee.email)}`]
      : []),
    `STATUS:${event.status ?? "CONFIRMED"}`,
    "END:VEVENT",
  ];
}

function icsInstant(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

// A parameter value (CN=) cannot be escaped, only quoted; quotes and control characters are dropped from it.
function paramValue(text: string): string {
  return `"${text.replace(/["\p{Cc}]/gu, "")}"`;
}

function mailAddress(email: string): string {
  return email.replace(/[\s\p{Cc}:;,"]/gu, "");
}

// Lines longer than 75 octets continue on the next line after a space; never split a character's UTF-8 bytes.
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

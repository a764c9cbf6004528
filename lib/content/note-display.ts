import type { Note } from "./notes";

/** "No. 01": the series number as the notes show it. */
export function formatNoteNumber(number: number): string {
  return `No. ${String(number).padStart(2, "0")}`;
}

/** "April 9, 2026": a calendar date, read as the date it is wherever the reader is. */
export function formatLongDate(isoDate: string, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** "Field notes · No. 01 · April 9, 2026 · 6 min read" */
export function formatSeriesLine(note: Pick<Note, "number" | "date" | "readingMinutes">, locale?: string): string {
  return ["Field notes", formatNoteNumber(note.number), formatLongDate(note.date, locale), formatReadingTime(note.readingMinutes)].join(" · ");
}

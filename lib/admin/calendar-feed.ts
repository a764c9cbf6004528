import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { bookingUid } from "../booking/booking-invite";
import { buildCalendar, type CalendarEvent } from "../booking/ics";
import type { BookingSettings } from "../content/booking-schema";
import type { BookingRow } from "../db/bookings";
import { bookingAnswers } from "./booking-details";

/** Where the feed's current generation is kept; a new one makes every earlier address stop working. */
export const CALENDAR_GENERATION_KEY = "calendar_feed_generation";
/** How far back the feed reaches: enough for recent calls to stay in the calendar, not the whole history. */
export const FEED_HISTORY_MS = 90 * 24 * 60 * 60 * 1000;

export const newCalendarGeneration = () => randomBytes(16).toString("base64url");

/** The secret in the feed's address: derived from the session secret and the generation, never stored itself. */
export function calendarFeedToken(sessionSecret: string, generation: string): string {
  return createHmac("sha256", sessionSecret).update(`calendar:${generation}`).digest("base64url");
}

/** Whether a token from an address is the current one, compared in constant time. */
export function isCalendarFeedToken(given: string, sessionSecret: string, generation: string): boolean {
  const expected = Buffer.from(calendarFeedToken(sessionSecret, generation));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export interface FeedSite {
  url: string;
  name: string;
}

function feedEvent(row: BookingRow, settings: BookingSettings, site: FeedSite): CalendarEvent {
  const answers = bookingAnswers(row, settings.form);
  const description = [
    `${row.name} <${row.email}>`,
    row.company && `Company: ${row.company}`,
    row.team_size && `Team size: ${row.team_size}`,
    answers.signals.length > 0 && `Signals: ${answers.signals.join("; ")}`,
    answers.engagement && `Engagement: ${answers.engagement}`,
    row.source && `Came from: ${row.source}`,
    `Their time zone: ${row.time_zone}`,
    row.message && `\n${row.message}`,
    `\nIn the admin: ${new URL(`/admin/bookings/${row.id}`, site.url).toString()}`,
  ].filter((line): line is string => typeof line === "string" && line !== "");
  return {
    uid: bookingUid(row.id, site.url),
    start: new Date(row.start_at),
    end: new Date(row.end_at),
    title: `Intro call: ${row.name}${row.company ? ` (${row.company})` : ""}`,
    description: description.join("\n"),
    url: settings.meetingLink,
    createdAt: new Date(row.updated_at),
    sequence: row.sequence,
  };
}

/** The consultant's subscribed calendar: every live booking from 90 days back on. Cancelled calls drop out. */
export function bookingsFeed(rows: readonly BookingRow[], settings: BookingSettings, site: FeedSite): string {
  return buildCalendar(
    rows.map((row) => feedEvent(row, settings, site)),
    { name: `${site.name}: intro calls` },
  );
}

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { bookingUid } from "../booking/booking-invite";
import { buildCalendar, type CalendarEvent } from "../booking/ics";
import type { BookingSettings } from "../content/booking-schema";
import type { Booking } from "../db/bookings";
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

/**
 * A booking as the consultant's own calendar shows it: the founder's name as the title, the video link, their answers
 * and the admin's page in the description, and the invite's UID. For the feed and for the calendar bookings go into.
 */
export function consultantEvent(booking: Booking, settings: Pick<BookingSettings, "form" | "meetingLink">, site: FeedSite): CalendarEvent {
  const answers = bookingAnswers(booking, settings.form);
  const description = [
    `${booking.name} <${booking.email}>`,
    booking.company && `Company: ${booking.company}`,
    booking.teamSize && `Team size: ${booking.teamSize}`,
    answers.signals.length > 0 && `Signals: ${answers.signals.join("; ")}`,
    answers.engagement && `Engagement: ${answers.engagement}`,
    booking.source && `Came from: ${booking.source}`,
    `Their time zone: ${booking.timeZone}`,
    booking.message && `\n${booking.message}`,
    `\nIn the admin: ${new URL(`/admin/bookings/${booking.id}`, site.url).toString()}`,
  ].filter((line): line is string => typeof line === "string" && line !== "");
  return {
    uid: bookingUid(booking.id, site.url),
    start: booking.start,
    end: booking.end,
    title: `Intro call: ${booking.name}${booking.company ? ` (${booking.company})` : ""}`,
    description: description.join("\n"),
    url: settings.meetingLink,
    createdAt: booking.updatedAt,
    sequence: booking.sequence,
  };
}

/** The consultant's subscribed calendar: every live booking from 90 days back on. Cancelled calls drop out. */
export function bookingsFeed(bookings: readonly Booking[], settings: BookingSettings, site: FeedSite): string {
  return buildCalendar(
    bookings.map((booking) => consultantEvent(booking, settings, site)),
    { name: `${site.name}: intro calls` },
  );
}

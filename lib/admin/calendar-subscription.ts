import type { BookingContext } from "../booking/context";
import { readAdminSetting, writeAdminSetting } from "../db/admin-settings";
import { listLiveBookingsEndingAfter } from "../db/bookings";
import type { Storage } from "../db/connect";
import { bookingsFeed, CALENDAR_GENERATION_KEY, calendarFeedToken, FEED_HISTORY_MS, isCalendarFeedToken, newCalendarGeneration } from "./calendar-feed";

/** The feed's current generation, made on first use (the admin's calendar page) so a fresh site has an address. */
export async function currentCalendarGeneration(storage: Storage, now: Date): Promise<string> {
  const existing = await readAdminSetting(storage.db, CALENDAR_GENERATION_KEY);
  if (existing) return existing;
  // Two first visits at once must agree on one generation: only the first write wins, both read it back.
  await storage.db
    .insertInto("admin_settings")
    .values({ key: CALENDAR_GENERATION_KEY, value: newCalendarGeneration(), updated_at: now.toISOString() })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .execute();
  return (await readAdminSetting(storage.db, CALENDAR_GENERATION_KEY))!;
}

/** A new generation: the old feed address stops working at once. */
export async function rotateCalendarGeneration(storage: Storage, now: Date): Promise<void> {
  await writeAdminSetting(storage.db, CALENDAR_GENERATION_KEY, newCalendarGeneration(), now);
}

/** The path the consultant subscribes to: /calendar/<token>.ics, the token derived from the current generation. */
export async function calendarFeedPath(context: BookingContext, sessionSecret: string): Promise<string> {
  const generation = await currentCalendarGeneration(await context.storage(), context.now());
  return `/calendar/${calendarFeedToken(sessionSecret, generation)}.ics`;
}

/**
 * The calendar for the last segment of a feed address ("<token>.ics"), or undefined when the token is not the
 * current one: every live booking from 90 days back on.
 */
export async function readCalendarFeed(context: BookingContext, sessionSecret: string, segment: string): Promise<string | undefined> {
  if (!segment.endsWith(".ics")) return undefined;
  const storage = await context.storage();
  const generation = await readAdminSetting(storage.db, CALENDAR_GENERATION_KEY);
  if (!generation || !isCalendarFeedToken(segment.slice(0, -".ics".length), sessionSecret, generation)) return undefined;
  const bookings = await listLiveBookingsEndingAfter(storage.db, new Date(context.now().getTime() - FEED_HISTORY_MS));
  return bookingsFeed(bookings, context.settings, context.mail.site);
}

import type { Kysely } from "kysely";
import { buildCalendar } from "../booking/ics";
import { bookingIdOfTopic } from "../booking/notifications/booking-mail";
import type { ItemState } from "../calendars/write-queue";
import type { BookingSettings } from "../content/booking-schema";
import { findBookingById } from "../db/bookings";
import type { Database } from "../db/schema";
import { consultantEvent, type FeedSite } from "./calendar-feed";

/**
 * What the consultant's calendar should hold for a booking now: its event, or nothing once it is cancelled (or gone).
 * The event's file is named after the booking, so writing it again replaces it.
 */
export async function bookingCalendarCopy(
  db: Kysely<Database>,
  item: string,
  settings: Pick<BookingSettings, "form" | "meetingLink">,
  site: FeedSite,
): Promise<ItemState> {
  const id = bookingIdOfTopic(item) ?? item;
  const fileName = `${id}.ics`;
  const booking = await findBookingById(db, id);
  if (!booking) return { kind: "delete", fileName, version: Number.MAX_SAFE_INTEGER };
  if (booking.status === "cancelled") return { kind: "delete", fileName, version: booking.sequence };
  return { kind: "put", fileName, version: booking.sequence, ics: buildCalendar([consultantEvent(booking, settings, site)], { method: "none" }) };
}

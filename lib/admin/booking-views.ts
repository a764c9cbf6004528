import type { BookingContext } from "../booking/context";
import { formatSlot } from "../booking/slot-display";
import { findBookingById, listAllBookings, type Booking } from "../db/bookings";
import { formatAdminDateTime } from "./admin-dates";
import { bookingAnswers, bookingStatusLabel, type BookingAnswers } from "./booking-details";
import { bookingsCsv } from "./bookings-csv";
import { zonePlace } from "../time/zone-labels";

/** One booking as its admin page shows it, times already written on both clocks. */
export interface BookingView {
  booking: Booking;
  answers: BookingAnswers;
  status: string;
  /** On the consultant's clock, and the zone's name. */
  when: string;
  timeZone: string;
  /** On the founder's clock. */
  theirTime: string;
  bookedOn: string;
  /** The video room the call is held in, for a call that is not cancelled. */
  meetingLink?: string;
  /** Not cancelled and started: it can be marked as held or a no-show. */
  markable: boolean;
  /** Live and not over: it can still be cancelled. */
  cancellable: boolean;
}

export async function findBookingView(context: BookingContext, id: string): Promise<BookingView | undefined> {
  const booking = await findBookingById((await context.storage()).db, id);
  if (!booking) return undefined;
  const { settings } = context;
  const live = booking.status !== "cancelled";
  const now = context.now().getTime();
  return {
    booking,
    answers: bookingAnswers(booking, settings.form),
    status: bookingStatusLabel(booking),
    when: formatSlot(booking, settings.timeZone),
    timeZone: settings.timeZone,
    theirTime: `${formatSlot(booking, booking.timeZone)} (${zonePlace(booking.timeZone)})`,
    bookedOn: formatAdminDateTime(booking.createdAt, settings.timeZone),
    ...(live ? { meetingLink: settings.meetingLink } : {}),
    markable: live && booking.start.getTime() <= now,
    cancellable: live && booking.end.getTime() > now,
  };
}

/** Every booking as a CSV file, named for the day it was made. */
export async function exportBookings(context: BookingContext): Promise<{ csv: string; fileName: string }> {
  const now = context.now();
  const bookings = await listAllBookings((await context.storage()).db, now);
  return { csv: bookingsCsv(bookings, context.settings), fileName: `bookings-${now.toISOString().slice(0, 10)}.csv` };
}

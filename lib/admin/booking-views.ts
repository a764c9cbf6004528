import type { BookingContext } from "../booking/context";
import { formatSlot } from "../booking/slot-display";
import { findBookingById, listAllBookings, listBookings, type Booking, type BookingListView } from "../db/bookings";
import { bookingAnswers, bookingStatusLabel, type BookingAnswers } from "./booking-details";
import { bookingsCsv } from "./bookings-csv";

export type { BookingListView };

/** One row of the admin's booking list: when (in the consultant's zone), who, what about, and where it stands. */
export interface BookingListItem {
  id: string;
  when: string;
  name: string;
  company?: string;
  engagement?: string;
  status: string;
}

/** The admin's list of upcoming, past or cancelled calls. */
export async function listBookingItems(context: BookingContext, view: BookingListView): Promise<BookingListItem[]> {
  const { settings } = context;
  const bookings = await listBookings((await context.storage()).db, view, context.now());
  return bookings.map((booking) => {
    const { engagement } = bookingAnswers(booking, settings.form);
    return {
      id: booking.id,
      when: formatSlot(booking, settings.timeZone),
      name: booking.name,
      ...(booking.company ? { company: booking.company } : {}),
      ...(engagement ? { engagement } : {}),
      status: bookingStatusLabel(booking),
    };
  });
}

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
    theirTime: `${formatSlot(booking, booking.timeZone)} (${booking.timeZone})`,
    bookedOn: booking.createdAt.toLocaleString("en-US", { timeZone: settings.timeZone }),
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

import type { BookingChoice } from "../content/booking-schema";
import type { Booking } from "../db/bookings";

/** How the founder is greeted: the first word of the name they gave. */
export function firstName(booking: Pick<Booking, "name">): string {
  return booking.name.trim().split(/\s+/)[0] ?? booking.name;
}

// An id no longer in the content (a signal renamed since) still shows, as the id itself, rather than vanishing.
export const choiceLabel = (choices: readonly BookingChoice[], id: string) => choices.find((choice) => choice.id === id)?.label ?? id;

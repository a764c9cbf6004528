import type { BookingChoice, BookingSettings } from "../content/booking-schema";
import type { Booking } from "../db/bookings";

/** How the founder is greeted: the first word of the name they gave. */
export function firstName(booking: Pick<Booking, "name">): string {
  return booking.name.trim().split(/\s+/)[0] ?? booking.name;
}

/**
 * The booking form's intro, its `{engagement}` the engagement the link named (`/book?engagement=build`: "the Build
 * engagement"), else the first one offered, so the words never contradict the form.
 */
export function formIntro(form: Pick<BookingSettings["form"], "intro" | "engagements">, engagementId?: string): string {
  const chosen = form.engagements.find((engagement) => engagement.id === engagementId) ?? form.engagements[0];
  return form.intro.replaceAll("{engagement}", chosen ? `the ${chosen.label}` : "an engagement");
}

// An id no longer in the content (a signal renamed since) still shows, as the id itself, rather than vanishing.
export const choiceLabel = (choices: readonly BookingChoice[], id: string) => choices.find((choice) => choice.id === id)?.label ?? id;

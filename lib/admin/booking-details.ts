import { choiceLabel } from "../booking/booking-display";
import type { BookingSettings } from "../content/booking-schema";
import type { Booking } from "../db/bookings";

/** The longest private note the admin keeps. */
export const ADMIN_NOTE_MAX_LENGTH = 5000;
/** The longest message to a founder whose call the consultant cancels. */
export const CANCEL_MESSAGE_MAX_LENGTH = 2000;

/** A booking's answers in the words the founder saw on the form. */
export interface BookingAnswers {
  /** The readiness signals ticked, by their labels. */
  signals: string[];
  /** The engagement they asked about, by its name; undefined when none. */
  engagement?: string;
}

export function bookingAnswers(booking: Pick<Booking, "readiness" | "engagement">, form: BookingSettings["form"]): BookingAnswers {
  return {
    signals: booking.readiness.map((id) => choiceLabel(form.readinessSignals, id)),
    ...(booking.engagement ? { engagement: choiceLabel(form.engagements, booking.engagement) } : {}),
  };
}

const STATUS_LABELS: Record<Booking["status"], string> = {
  confirmed: "Booked",
  held: "Held",
  no_show: "No-show",
  cancelled: "Cancelled",
};

export function bookingStatusLabel(booking: Pick<Booking, "status" | "cancelledBy">): string {
  if (booking.status === "cancelled" && booking.cancelledBy) return `Cancelled by the ${booking.cancelledBy}`;
  return STATUS_LABELS[booking.status];
}

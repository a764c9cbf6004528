import type { BookingChoice, BookingSettings } from "../content/booking-schema";
import type { BookingRow } from "../db/bookings";

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

// An id no longer in the content (a signal renamed since) still shows, as the id itself, rather than vanishing.
const labelOf = (choices: readonly BookingChoice[], id: string) => choices.find((choice) => choice.id === id)?.label ?? id;

function readinessIds(row: Pick<BookingRow, "readiness">): string[] {
  try {
    const parsed: unknown = JSON.parse(row.readiness);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function bookingAnswers(row: Pick<BookingRow, "readiness" | "engagement">, form: BookingSettings["form"]): BookingAnswers {
  return {
    signals: readinessIds(row).map((id) => labelOf(form.readinessSignals, id)),
    ...(row.engagement ? { engagement: labelOf(form.engagements, row.engagement) } : {}),
  };
}

const STATUS_LABELS: Record<BookingRow["status"], string> = {
  confirmed: "Booked",
  held: "Held",
  no_show: "No-show",
  cancelled: "Cancelled",
};

export function bookingStatusLabel(row: Pick<BookingRow, "status" | "cancelled_by">): string {
  if (row.status === "cancelled" && row.cancelled_by) return `Cancelled by the ${row.cancelled_by}`;
  return STATUS_LABELS[row.status];
}

import type { BookingContext } from "../booking/context";
import { listBookableSlots } from "../booking/service";
import { groupSlotsByDay } from "../booking/slot-display";
import type { Booking } from "../db/bookings";

/** The longest message to a founder whose call the consultant moves. */
export const MOVE_MESSAGE_MAX_LENGTH = 1000;

/** The times the consultant can move a call to, by day, on the consultant's clock. */
export interface MoveChoices {
  timeZone: string;
  days: { label: string; times: { value: string; label: string }[] }[];
}

/**
 * What the admin's "Move this call" offers: the same free times as the founder's own move form (the booking's own
 * time left out, so the times around it are free), written on the consultant's clock. None for a call that is
 * cancelled or has started.
 */
export async function findMoveChoices(context: BookingContext, booking: Booking): Promise<MoveChoices | undefined> {
  const now = context.now();
  if (booking.status === "cancelled" || booking.start.getTime() <= now.getTime()) return undefined;
  const { timeZone } = context.settings;
  const free = await listBookableSlots(await context.storage(), context.settings, now, booking.id);
  const slots = free.filter((slot) => slot.start.getTime() !== booking.start.getTime());
  return {
    timeZone,
    days: groupSlotsByDay(slots, timeZone).map((day) => ({ label: day.label, times: day.slots.map((slot) => ({ value: slot.start, label: slot.label })) })),
  };
}

import type { Slot } from "./availability";
import { wallTimeAt } from "../time/zoned-time";

export interface DayOfSlots {
  /** YYYY-MM-DD in the zone the slots are shown in. */
  date: string;
  /** "Tuesday, December 1" */
  label: string;
  slots: { start: string; end: string; label: string }[];
}

/** Slots grouped by the day they fall on in the visitor's zone, with times written as that visitor reads them. */
export function groupSlotsByDay(slots: readonly Slot[], timeZone: string, locale = "en-US"): DayOfSlots[] {
  const dayLabel = new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", month: "long", day: "numeric" });
  const timeLabel = new Intl.DateTimeFormat(locale, { timeZone, hour: "numeric", minute: "2-digit" });
  const days = new Map<string, DayOfSlots>();
  for (const slot of slots) {
    const { date } = wallTimeAt(slot.start, timeZone);
    let day = days.get(date);
    if (!day) {
      day = { date, label: dayLabel.format(slot.start), slots: [] };
      days.set(date, day);
    }
    day.slots.push({ start: slot.start.toISOString(), end: slot.end.toISOString(), label: timeLabel.format(slot.start) });
  }
  return [...days.values()];
}

/** "Tuesday, December 1, 2026, 9:00 – 9:30 AM" in a zone. */
export function formatSlot(slot: Slot, timeZone: string, locale = "en-US"): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return format.formatRange(slot.start, slot.end);
}

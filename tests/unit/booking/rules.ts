import type { AvailabilityRules } from "@/lib/content/booking-schema";

const weekdays = { start: 9 * 60, end: 12 * 60 };
const afternoons = { start: 13 * 60, end: 17 * 60 };

/** Office hours Monday to Friday, 09:00–12:00 and 13:00–17:00 on the consultant's clock; no notice, no buffer. */
export function rulesIn(timeZone: string, overrides: Partial<AvailabilityRules> = {}): AvailabilityRules {
  return {
    timeZone,
    meetingMinutes: 30,
    slotIntervalMinutes: 30,
    minimumNoticeHours: 0,
    daysAhead: 366,
    bufferMinutes: 0,
    weeklyHours: {
      monday: [weekdays, afternoons],
      tuesday: [weekdays, afternoons],
      wednesday: [weekdays, afternoons],
      thursday: [weekdays, afternoons],
      friday: [weekdays, afternoons],
      saturday: [],
      sunday: [],
    },
    datesOff: [],
    ...overrides,
  };
}

export const at = (iso: string) => new Date(iso);
export const starts = (slots: { start: Date }[]) => slots.map((slot) => slot.start.toISOString());

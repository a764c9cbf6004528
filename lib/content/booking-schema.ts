import { z } from "zod";
import { isoDate, requiredText, webAddress } from "./fields";
import type { Weekday } from "../time/zoned-time";
import { canonicalTimeZone } from "../time/zone-names";
import { calendarSettingsSchema } from "./calendar-schema";

const clockRange = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/** "09:00-12:30" → minutes since midnight; the end may be 24:00. */
const hoursRange = z
  .string({ error: 'each range must be written like "09:00-12:30"' })
  .regex(clockRange, 'each range must be written like "09:00-12:30"')
  .transform((text) => {
    const [, sh, sm, eh, em] = text.match(clockRange)!;
    return { start: Number(sh) * 60 + Number(sm), end: Number(eh) * 60 + Number(em) };
  })
  .refine((range) => range.end > range.start && range.end <= 24 * 60, "must end after it starts, by 24:00 at the latest");

const dayHours = z
  .array(hoursRange, { error: 'must be a list of ranges, like ["09:00-12:00", "13:00-17:00"], or [] for a day off' })
  .refine(
    (ranges) => [...ranges].sort((a, b) => a.start - b.start).every((range, i, sorted) => i === 0 || range.start >= sorted[i - 1]!.end),
    "has ranges that overlap",
  )
  .default([]);

/** content/booking.yaml: when the intro call can be booked, and the words around the form. Both validation and type. */
export const bookingSettingsSchema = z.strictObject(
  {
    timeZone: z.string({ error: "is required" }).transform((zone, context) => {
      const name = canonicalTimeZone(zone);
      if (!name) context.addIssue({ code: "custom", message: `"${zone}" is not a time zone name, like Europe/Berlin` });
      return name ?? zone;
    }),
    meetingMinutes: z.literal(30, { error: "must be 30: the intro call is 30 minutes" }),
    slotIntervalMinutes: z.number({ error: "must be a number of minutes" }).int().min(5).max(240).default(30),
    minimumNoticeHours: z.number({ error: "must be a number of hours" }).min(0).max(24 * 30),
    daysAhead: z.number({ error: "must be a whole number of days" }).int().min(1).max(180),
    bufferMinutes: z.number({ error: "must be a number of minutes" }).int().min(0).max(240).default(0),
    weeklyHours: z.strictObject(
      {
        monday: dayHours,
        tuesday: dayHours,
        wednesday: dayHours,
        thursday: dayHours,
        friday: dayHours,
        saturday: dayHours,
        sunday: dayHours,
      } satisfies Record<Weekday, typeof dayHours>,
      { error: "must list the days of the week, each with its ranges" },
    ),
    maxCallsPerDay: z.number({ error: "must be a whole number of calls" }).int().min(1).max(48).optional(),
    datesOff: z.array(isoDate, { error: "must be a list of dates, like [2026-12-24]" }).default([]),
    meetingLink: webAddress,
    calendars: calendarSettingsSchema,
    limits: z
      .strictObject(
        {
          upcomingCallsPerEmail: z.number({ error: "must be a whole number of calls" }).int().min(1).max(100).default(1),
          upcomingCallsPerAddress: z.number({ error: "must be a whole number of calls" }).int().min(1).max(1000).default(3),
        },
        { error: "must give upcomingCallsPerEmail and upcomingCallsPerAddress" },
      )
      .default({ upcomingCallsPerEmail: 1, upcomingCallsPerAddress: 3 }),
    email: z.strictObject(
      {
        senderName: requiredText(80),
        senderAddress: z.email({ error: "must be an email address, like bookings@example.com" }),
        consultantAddress: z.email({ error: "must be an email address, like you@example.com" }),
      },
      { error: "must give senderName, senderAddress and consultantAddress" },
    ),
    form: z.strictObject({
      title: requiredText(80),
      intro: requiredText(600),
      teamSizes: z.array(requiredText(40)).min(1, "must list at least one team size"),
      nextSteps: z.array(requiredText(300)).min(1, "must say what happens next"),
    }),
  },
  { error: "must be a list of fields, one `name: value` a line" },
);

export type BookingSettingsFile = z.infer<typeof bookingSettingsSchema>;

/** A choice the form offers, with the words it shows. */
export interface BookingChoice {
  id: string;
  label: string;
}

/**
 * The settings the booking pages and the API work from: content/booking.yaml, with the readiness signals and the
 * engagements taken from where the rest of the site shows them (home.yaml, engagements.yaml), so they never differ.
 */
export type BookingSettings = BookingSettingsFile & {
  form: BookingSettingsFile["form"] & { readinessSignals: BookingChoice[]; engagements: BookingChoice[] };
};
/** How many calls not yet held one email address, and one connection, may have booked at once. */
export type BookingLimits = BookingSettings["limits"];

/**
 * The parts of the settings that decide which times are free; `calendars` (whose busy times count, and what to do
 * when one is stale) may be left out where no calendar is involved.
 */
export type AvailabilityRules = Pick<
  BookingSettings,
  "timeZone" | "meetingMinutes" | "slotIntervalMinutes" | "minimumNoticeHours" | "daysAhead" | "bufferMinutes" | "weeklyHours" | "datesOff" | "maxCallsPerDay"
> &
  Partial<Pick<BookingSettings, "calendars">>;

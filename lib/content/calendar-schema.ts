import { z } from "zod";
import { requiredText } from "./fields";

const envName = z
  .string({ error: "must name an environment variable, like CALENDAR_WORK_URL" })
  .regex(/^[A-Z][A-Z0-9_]{0,63}$/, "must name an environment variable in capitals, like CALENDAR_WORK_URL");

const sourceId = z
  .string({ error: "is required: a short name in lowercase, like work" })
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be a short name in lowercase letters, digits and dashes, like work");

/** A calendar subscription: the secret iCal address Google, Outlook and iCloud give, kept in an environment variable. */
const icsSource = z.strictObject({
  id: sourceId,
  name: requiredText(60),
  kind: z.literal("ics"),
  urlEnv: envName,
});

/** A CalDAV calendar collection (iCloud, Fastmail, Nextcloud, Radicale): its address, user and app password. */
const caldavSource = z.strictObject({
  id: sourceId,
  name: requiredText(60),
  kind: z.literal("caldav"),
  urlEnv: envName,
  usernameEnv: envName,
  passwordEnv: envName,
  /** Every booking is written into this calendar as an event, moved and removed with it. */
  writeBookings: z.boolean({ error: "must be true or false" }).default(false),
});

const source = z.discriminatedUnion("kind", [icsSource, caldavSource], {
  error: 'each calendar needs a kind: "ics" (a subscription address) or "caldav"',
});

/** booking.yaml's `calendars:`: the consultant's own calendars, whose busy times are not offered. Validation and type. */
export const calendarSettingsSchema = z
  .strictObject(
    {
      /** How often each calendar is read, in minutes. */
      refreshMinutes: z.number({ error: "must be a number of minutes" }).int().min(1).max(60).default(5),
      /** How long one read may take before it counts as failed. */
      timeoutSeconds: z.number({ error: "must be a number of seconds" }).int().min(1).max(60).default(10),
      /** How old the last good copy of a calendar may be before `whenStale` applies. */
      staleAfterMinutes: z.number({ error: "must be a number of minutes" }).int().min(5).max(7 * 24 * 60).default(60),
      whenStale: z
        .enum(["keep-offering", "stop-offering"], { error: 'must be "keep-offering" or "stop-offering"' })
        .default("keep-offering"),
      sources: z.array(source, { error: "must be a list of calendars, or [] for none" }).default([]),
    },
    { error: "must give refreshMinutes, timeoutSeconds, staleAfterMinutes, whenStale and sources" },
  )
  .superRefine((calendars, context) => {
    const seen = new Set<string>();
    calendars.sources.forEach((entry, index) => {
      if (seen.has(entry.id)) context.addIssue({ code: "custom", path: ["sources", index, "id"], message: `"${entry.id}" names two calendars` });
      seen.add(entry.id);
    });
    const writers = calendars.sources.filter((entry) => entry.kind === "caldav" && entry.writeBookings);
    if (writers.length > 1) context.addIssue({ code: "custom", path: ["sources"], message: "only one calendar can have writeBookings: true" });
  })
  .default({ refreshMinutes: 5, timeoutSeconds: 10, staleAfterMinutes: 60, whenStale: "keep-offering", sources: [] });

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;
export type CalendarSourceSettings = CalendarSettings["sources"][number];

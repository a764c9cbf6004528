import { z } from "zod";
import type { BookingSettings } from "../content/booking-schema";
import { withoutControlCharacters } from "../http/free-text";
import { canonicalTimeZone } from "../time/zone-names";

// Blank optional answers arrive as "" from a form; they mean "not given".
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const plainText = (label: string, max: number, missing?: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined && missing ? missing : `${label} must be text`) })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine((text) => !/[<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), `${label} can’t contain < or > or control characters`);

/**
 * A zone name from a visitor, in any letter case or an older spelling, as the one name the site stores and shows
 * ("asia/calcutta" → "Asia/Kolkata"); anything else is refused with the reason.
 */
export const timeZoneName = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : "The time zone must be text") })
    .transform((zone, context) => {
      const name = canonicalTimeZone(zone);
      if (name) return name;
      context.addIssue({ code: "custom", message: `"${withoutControlCharacters(zone).slice(0, 64)}" is not a time zone name, like Europe/Berlin` });
      return z.NEVER;
    });

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** What a founder sends to book the intro call, from the form or the JSON API. Built from the settings' choices. */
export function bookingRequestSchema(settings: Pick<BookingSettings, "form">) {
  const signals = settings.form.readinessSignals.map((signal) => signal.id);
  const engagements = settings.form.engagements.map((engagement) => engagement.id);
  return z.strictObject(
    {
      name: z.preprocess(blankToUndefined, plainText("Your name", 100, "Please tell me your name")),
      email: z.preprocess(
        blankToUndefined,
        z
          .string({ error: (issue) => (issue.input === undefined ? "Please give an email address to send the invitation to" : "The email address must be text") })
          .trim()
          .max(254, "The email address must be at most 254 characters")
          .pipe(z.email({ error: "Please enter an email address like name@company.com" })),
      ),
      company: optional(plainText("The company name", 120)),
      teamSize: optional(z.enum(settings.form.teamSizes as [string, ...string[]], { error: "Please pick one of the team sizes listed" })),
      message: optional(
        z.preprocess(
          (value) => (typeof value === "string" ? withoutControlCharacters(value) : value),
          z
            .string({ error: "What you’d like to talk about must be text" })
            .trim()
            .max(2000, "Please keep what you’d like to talk about under 2,000 characters"),
        ),
      ),
      readiness: z
        .array(z.enum(signals as [string, ...string[]], { error: "Please pick from the signals listed" }), {
          error: "The readiness signals must be a list",
        })
        .max(signals.length)
        .refine((ids) => new Set(ids).size === ids.length, "Each readiness signal can be picked once")
        .default([]),
      engagement: optional(z.enum(engagements as [string, ...string[]], { error: `The engagement must be one of: ${engagements.join(", ")}` })),
      source: optional(
        z
          .string({ error: "The page you came from must be a path" })
          .max(300, "The page you came from must be at most 300 characters")
          .regex(/^\/(?!\/)[\w\-./~%?=&]*$/, "The page you came from must be a path on this site, like /notes/a-note"),
      ),
      start: z.preprocess(
        blankToUndefined,
        z
          .string({ error: (issue) => (issue.input === undefined ? "Please pick a time" : "The time must be an ISO-8601 date and time") })
          .pipe(z.iso.datetime({ offset: true, error: "The time must be an ISO-8601 date and time, like 2026-12-01T14:00:00Z" }))
          .transform((text) => new Date(text)),
      ),
      timeZone: z.preprocess(blankToUndefined, timeZoneName("Please say which time zone you read times in")),
    },
    { error: "The request must be a JSON object" },
  );
}

export type BookingRequest = z.output<ReturnType<typeof bookingRequestSchema>>;

export type FieldErrors = Partial<Record<string, string>>;

/** Zod's issues as one message per field, the first for each; unknown fields are named. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  // A Map, because unknown fields are named by the request: one called "constructor" or "__proto__" is named too.
  const fields = new Map<string, string>();
  const note = (field: string, message: string) => {
    if (!fields.has(field)) fields.set(field, message);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) note(key.slice(0, 64), "is not a known field");
      continue;
    }
    note(String(issue.path[0] ?? "(request)"), issue.message);
  }
  return Object.fromEntries(fields);
}

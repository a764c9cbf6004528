import { z } from "zod";
import type { BookingSettings } from "../content/booking-schema";
import { isValidTimeZone } from "../time/zoned-time";

// Blank optional answers arrive as "" from a form; they mean "not given".
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const plainText = (label: string, max: number, missing?: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined && missing ? missing : `${label} must be text`) })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine((text) => !/[<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), `${label} can't contain < or > or control characters`);

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
        z
          .string({ error: "What you'd like to talk about must be text" })
          .trim()
          .max(2000, "Please keep what you'd like to talk about under 2,000 characters"),
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
      timeZone: z.preprocess(
        blankToUndefined,
        z
          .string({ error: (issue) => (issue.input === undefined ? "Please say which time zone you read times in" : "The time zone must be text") })
          .refine(isValidTimeZone, { error: (issue) => `"${String(issue.input).slice(0, 64)}" is not a time zone name, like Europe/Berlin` }),
      ),
    },
    { error: "The request must be a JSON object" },
  );
}

export type BookingRequest = z.output<ReturnType<typeof bookingRequestSchema>>;

export type FieldErrors = Partial<Record<string, string>>;

/** Zod's issues as one message per field, the first for each; unknown fields are named. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[key.slice(0, 64)] ??= "is not a known field";
      continue;
    }
    const field = String(issue.path[0] ?? "(request)");
    fields[field] ??= issue.message;
  }
  return fields;
}

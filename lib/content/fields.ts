import { z } from "zod";

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export const isoDate = z
  .string({ error: (issue) => (issue.input == null ? "is required" : "must be a date written as YYYY-MM-DD") })
  .regex(isoDatePattern, "must be a date written as YYYY-MM-DD")
  // Only a well-formed date can be impossible; a badly written one already has its message.
  .refine((value) => !isoDatePattern.test(value) || isRealDate(value), {
    error: (issue) => `"${String(issue.input)}" is not a real calendar date`,
  });

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A date written YYYY-MM-DD that exists, for forms that word their own message (the admin's time off). */
export const isCalendarDate = (value: string): boolean => isoDatePattern.test(value) && isRealDate(value);

/** Text that must be there; an empty `title:` reads as null in YAML and is reported as missing, not as "not text". */
export const requiredText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input == null ? "is required" : "must be text") })
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`);

/** A web address a visitor can open. */
export const webAddress = z.url({ protocol: /^https?$/, error: "must be a full web address starting with https://" });

/** A locale that dates and prices can be written in, like en-US. */
export const locale = z
  .string({ error: "must be a language tag, like en-US" })
  .refine(isSupportedLocale, { error: (issue) => `"${String(issue.input)}" is not a language tag dates can be written in (try en-US)` });

function isSupportedLocale(value: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([value]).length > 0;
  } catch {
    return false;
  }
}

export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A three-letter ISO 4217 currency code that prices can be written in, like USD. */
export const currencyCode = z
  .string({ error: (issue) => (issue.input == null ? "is required" : "must be a currency code, like USD") })
  .refine((value) => Intl.supportedValuesOf("currency").includes(value), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code (try USD, EUR or GBP)`,
  });

/** A price in whole units of its currency: published ranges have no cents. */
export const wholeAmount = z
  .number({ error: (issue) => (issue.input == null ? "is required" : "must be a number written without quotes or symbols, like 12000") })
  // A refinement, not .int(): .int() stops zod from checking the rest of the file (duplicate ids) in the same pass.
  .refine(Number.isSafeInteger, "must be a whole amount, like 12000")
  .positive("must be more than 0");

/** A non-empty list of short lines, like what an offer includes. */
export const textList = (max: number) =>
  z.array(requiredText(max), { error: "must be a list, one `- item` a line" }).min(1, "must list at least one item");

/** An invitation to book: a heading, a sentence or two, and the button's words. */
export const callToAction = z.strictObject({ heading: requiredText(80), body: requiredText(400), button: requiredText(40) });

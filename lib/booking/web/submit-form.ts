import { bookingRequestSchema, fieldErrorsFrom } from "../booking-request";
import { readBookingForm, type BookingFormState } from "./form-state";
import type { BookingContext } from "../context";
import { createBooking } from "../service";
import { canonicalTimeZone } from "../../time/zone-names";
import { limitMessages, withNearestTimes } from "./outcome-messages";

const DAY = 86_400_000;

export type FormSubmission =
  | { kind: "state"; state: BookingFormState }
  | { kind: "booked"; id: string; manageToken: string };

/**
 * The booking form's server side, without the framework: the honeypot, the rate limit, validation, then the same
 * service as the JSON API. Returns the state to show, or the booking to confirm.
 */
export async function submitBookingForm(
  previous: BookingFormState,
  formData: FormData,
  context: BookingContext,
  clientAddress: string,
): Promise<FormSubmission> {
  const now = context.now();
  // The zone is shown back on the page, so only a real one is kept.
  const typed = readBookingForm(formData);
  const values = { ...typed, timeZone: canonicalTimeZone(typed.timeZone) ?? "" };
  const base = { submission: previous.submission + 1, values, fieldErrors: {} };
  const { website, ...answers } = typed;
  const parsed = bookingRequestSchema(context.settings).safeParse(answers);

  if (website.trim()) {
    // A script filled in the hidden field: it sees the usual confirmation, and nothing is stored.
    const chosen = Date.parse(values.start);
    const start = parsed.success ? parsed.data.start : new Date(Math.abs(chosen - now.getTime()) < 366 * DAY ? chosen : now.getTime() + DAY);
    const end = new Date(start.getTime() + context.settings.meetingMinutes * 60_000);
    return { kind: "state", state: { ...base, status: "received", received: { start: start.toISOString(), end: end.toISOString() } } };
  }

  const limit = await context.rateLimiter.attempt(clientAddress, now);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return {
      kind: "state",
      state: {
        ...base,
        status: "error",
        message: `There have been too many booking attempts from your connection. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}; your answers are kept below.`,
      },
    };
  }

  if (!parsed.success) {
    return { kind: "state", state: { ...base, status: "error", fieldErrors: fieldErrorsFrom(parsed.error) } };
  }

  const guard = { limits: context.settings.limits, clientAddress };
  const outcome = await createBooking(await context.storage(), context.settings, now, parsed.data, context.mail, guard);
  if (outcome.kind === "booked") return { kind: "booked", id: outcome.booking.id, manageToken: outcome.booking.manageToken };
  if (outcome.kind === "limit") {
    const message = limitMessages[outcome.which];
    return { kind: "state", state: { ...base, status: "error", message, fieldErrors: outcome.which === "email" ? { email: message } : {} } };
  }
  const message = withNearestTimes(outcome.reason);
  return {
    kind: "state",
    state: {
      ...base,
      status: "error",
      values: { ...values, start: "" },
      fieldErrors: { start: message },
      message,
      nearest: outcome.nearest.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })),
    },
  };
}

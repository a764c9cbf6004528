import { bookingRequestSchema, fieldErrorsFrom } from "../booking-request";
import { readBookingForm, type BookingFormState } from "./form-state";
import type { BookingContext } from "../context";
import { createBooking } from "../service";

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
  const values = readBookingForm(formData);
  const base = { submission: previous.submission + 1, values, fieldErrors: {} };
  const { website, ...answers } = values;
  const parsed = bookingRequestSchema(context.settings).safeParse(answers);

  if (website.trim()) {
    // A script filled in the hidden field: it sees the usual confirmation, and nothing is stored.
    const start = parsed.success ? parsed.data.start : new Date(Date.parse(values.start) || now.getTime() + 86_400_000);
    const end = new Date(start.getTime() + context.settings.meetingMinutes * 60_000);
    return { kind: "state", state: { ...base, status: "received", received: { start: start.toISOString(), end: end.toISOString() } } };
  }

  const limit = context.rateLimiter.attempt(clientAddress, now);
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

  const outcome = await createBooking(await context.storage(), context.settings, now, parsed.data, context.mail);
  if (outcome.kind === "booked") return { kind: "booked", id: outcome.booking.id, manageToken: outcome.booking.manageToken };
  const message =
    outcome.reason === "taken"
      ? "That time was just booked; here are the nearest free times."
      : "That time isn't open for booking; here are the nearest free times.";
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

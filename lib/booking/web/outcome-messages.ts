import type { BookingOutcome } from "../service";

// What the API and the forms say when a booking or a move does not happen: one sentence per reason, said alike.

type UnavailableReason = Extract<BookingOutcome, { kind: "unavailable" }>["reason"];
type LimitReason = Extract<BookingOutcome, { kind: "limit" }>["which"];

export const unavailableMessages: Record<UnavailableReason, string> = {
  taken: "That time was just booked",
  closed: "That time is no longer available",
  "not-offered": "That time isn’t open for booking",
};

/** The same, on a form that lists the nearest free times under it. */
export const withNearestTimes = (reason: UnavailableReason) => `${unavailableMessages[reason]}; here are the nearest free times.`;

export const limitMessages: Record<LimitReason, string> = {
  email: "This email address already has an intro call booked. Its time, and a link to move or cancel it, are on their way to that address.",
  address:
    "Your connection already has the most upcoming intro calls it may book. Move or cancel one with the link in its confirmation email, or try again after it.",
};

import type { FieldErrors } from "../booking-request";

/** The booking form's answers as typed, so a form sent back with errors loses nothing. */
export interface BookingFormValues {
  name: string;
  email: string;
  company: string;
  teamSize: string;
  message: string;
  readiness: string[];
  engagement: string;
  source: string;
  start: string;
  timeZone: string;
  /** The honeypot: people never see it, so anything in it was filled in by a script. */
  website: string;
}

export const HONEYPOT_FIELD = "website";

export interface BookingFormState {
  /** "received": shown the usual confirmation without storing anything (the honeypot was filled in). */
  status: "idle" | "error" | "received";
  /** Counts submissions, so the form can start afresh from the returned values each time. */
  submission: number;
  values: BookingFormValues;
  fieldErrors: FieldErrors;
  /** A message about the whole form (too many attempts, a time that was just taken). */
  message?: string;
  /** When the chosen time was taken or not offered: the nearest free ones. */
  nearest?: { start: string; end: string }[];
  received?: { start: string; end: string };
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Reads the form's fields and nothing else (React adds its own $ACTION_ fields). */
export function readBookingForm(formData: FormData): BookingFormValues {
  return {
    name: text(formData, "name"),
    email: text(formData, "email"),
    company: text(formData, "company"),
    teamSize: text(formData, "teamSize"),
    message: text(formData, "message"),
    readiness: formData.getAll("readiness").filter((value): value is string => typeof value === "string"),
    engagement: text(formData, "engagement"),
    source: text(formData, "source"),
    start: text(formData, "start"),
    timeZone: text(formData, "timeZone"),
    website: text(formData, HONEYPOT_FIELD),
  };
}

export function emptyBookingForm(defaults: Partial<BookingFormValues> = {}): BookingFormValues {
  return {
    name: "",
    email: "",
    company: "",
    teamSize: "",
    message: "",
    readiness: [],
    engagement: "",
    source: "",
    start: "",
    timeZone: "",
    website: "",
    ...defaults,
  };
}

/** The order fields appear on the page: the first with an error gets the focus. */
export const bookingFormFieldOrder = ["start", "timeZone", "name", "email", "company", "teamSize", "message", "readiness", "engagement", "source"] as const;

export function firstFieldWithError(errors: FieldErrors): string | undefined {
  return bookingFormFieldOrder.find((field) => errors[field]);
}

"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressOf } from "@/lib/booking/client-address";
import { getBookingRateLimiter, getMailSettings } from "@/lib/booking/context";
import type { BookingFormState } from "@/lib/booking/form-state";
import { getBookingSettings } from "@/lib/booking/settings";
import { submitBookingForm } from "@/lib/booking/submit-form";
import { getStorage } from "@/lib/db";

/** The booking form's one action: with JavaScript through useActionState, without it as a plain POST. */
export async function bookIntroCall(previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const result = await submitBookingForm(previous, formData, {
    storage: getStorage,
    settings: getBookingSettings(),
    mail: getMailSettings(),
    now: new Date(),
    rateLimiter: getBookingRateLimiter(),
    clientAddress: clientAddressOf(await headers()),
  });
  if (result.kind === "booked") redirect(`/book/confirmed/${result.id}`);
  // A time that was just taken: fetch the page again so the picker no longer offers it.
  if (result.state.nearest) refresh();
  return result.state;
}

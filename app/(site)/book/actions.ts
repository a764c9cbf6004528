"use server";

import { refresh } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressOf } from "@/lib/http/client-address";
import type { BookingFormState } from "@/lib/booking/web/form-state";
import { managePath } from "@/lib/booking/manage-token";
import { submitBookingForm } from "@/lib/booking/web/submit-form";
import { siteContext } from "@/lib/runtime";
import { BOOKING_SOURCE_COOKIE } from "@/lib/booking/web/source";
import { freeTimesChanged } from "./free-times-changed";

/** The booking form's one action: with JavaScript through useActionState, without it as a plain POST. */
export async function bookIntroCall(previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const context = siteContext();
  // The kept page is the same for everyone: where this visitor came from is in the cookie proxy.ts set.
  const cameFrom = (await cookies()).get(BOOKING_SOURCE_COOKIE)?.value;
  if (!formData.get("source") && cameFrom) formData.set("source", cameFrom);
  const result = await submitBookingForm(previous, formData, context, clientAddressOf(await headers(), context.trustedProxyHops));
  if (result.kind === "booked" || result.state.nearest) await freeTimesChanged();
  if (result.kind === "booked") redirect(`${managePath(result.manageToken)}?booked=1`);
  // A time that was just taken: fetch the page again so the picker no longer offers it.
  if (result.state.nearest) refresh();
  return result.state;
}

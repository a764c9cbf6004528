"use server";

import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { managePath } from "@/lib/booking/manage-token";
import { submitCancelForm, submitMoveForm, type MoveFormState } from "@/lib/booking/web/manage-form";
import { cancelledPath, movedPath } from "@/lib/booking/web/manage-page";
import { siteContext } from "@/lib/runtime";
import { freeTimesChanged } from "../../free-times-changed";

// The token as a path segment: a real one is unchanged; anything else stays within its segment.
const tokenOf = (formData: FormData) => encodeURIComponent(String(formData.get("token") ?? ""));

/** The move form's action: with JavaScript through useActionState, without it as a plain POST. */
export async function moveBookingAction(previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  const result = await submitMoveForm(previous, formData, siteContext());
  if (result.kind === "moved" || (result.kind === "state" && result.state.nearest)) await freeTimesChanged();
  if (result.kind === "moved") redirect(movedPath(tokenOf(formData), result.from));
  if (result.kind === "gone") redirect(managePath(tokenOf(formData)));
  // A time that was just taken: fetch the page again so the picker no longer offers it.
  if (result.state.nearest) refresh();
  return result.state;
}

/** The cancel form's action: back to the founder's page, which then says which call was cancelled (or why not). */
export async function cancelBookingAction(formData: FormData): Promise<void> {
  const outcome = await submitCancelForm(formData, siteContext());
  if (outcome === "cancelled") await freeTimesChanged();
  redirect(outcome === "cancelled" ? cancelledPath(tokenOf(formData)) : managePath(tokenOf(formData)));
}

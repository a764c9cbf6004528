"use server";

import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { managePath } from "@/lib/booking/manage-token";
import { submitCancelForm, submitMoveForm, type MoveFormState } from "@/lib/booking/web/manage-form";
import { siteContext } from "@/lib/runtime";

const tokenOf = (formData: FormData) => String(formData.get("token") ?? "");

/** The move form's action: with JavaScript through useActionState, without it as a plain POST. */
export async function moveBookingAction(previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  const result = await submitMoveForm(previous, formData, siteContext());
  if (result.kind === "moved") redirect(`${managePath(tokenOf(formData))}?moved=1`);
  if (result.kind === "gone") redirect(managePath(tokenOf(formData)));
  // A time that was just taken: fetch the page again so the picker no longer offers it.
  if (result.state.nearest) refresh();
  return result.state;
}

export async function cancelBookingAction(formData: FormData): Promise<void> {
  const outcome = await submitCancelForm(formData, siteContext());
  redirect(outcome === "cancelled" ? "/book/cancelled" : managePath(tokenOf(formData)));
}

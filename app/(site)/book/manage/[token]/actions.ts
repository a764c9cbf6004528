"use server";

import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { getMailSettings } from "@/lib/runtime";
import { managePath } from "@/lib/booking/manage-token";
import { submitCancelForm, submitMoveForm, type MoveFormState } from "@/lib/booking/web/manage-form";
import { getBookingSettings } from "@/lib/content";
import { getStorage } from "@/lib/db";

const tokenOf = (formData: FormData) => String(formData.get("token") ?? "");

/** The move form's action: with JavaScript through useActionState, without it as a plain POST. */
export async function moveBookingAction(previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  const result = await submitMoveForm(previous, formData, { storage: getStorage, rules: getBookingSettings(), mail: getMailSettings(), now: new Date() });
  if (result.kind === "moved") redirect(`${managePath(tokenOf(formData))}?moved=1`);
  if (result.kind === "gone") redirect(managePath(tokenOf(formData)));
  // A time that was just taken: fetch the page again so the picker no longer offers it.
  if (result.state.nearest) refresh();
  return result.state;
}

export async function cancelBookingAction(formData: FormData): Promise<void> {
  const outcome = await submitCancelForm(formData, { storage: getStorage, mail: getMailSettings(), now: new Date() });
  redirect(outcome === "cancelled" ? "/book/cancelled" : managePath(tokenOf(formData)));
}

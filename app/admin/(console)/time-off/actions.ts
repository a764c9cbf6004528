"use server";

import { redirect } from "next/navigation";
import { addTimeOff, refusedTimeOffForm, removeTimeOff, type TimeOffFormState } from "@/lib/admin/time-off";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";
import { freeTimesChanged } from "@/app/(site)/book/free-times-changed";

// Each action checks the session itself. A block added lands on the page that names it; a refused one comes back
// to the form with its errors next to their fields.

export async function addTimeOffBlock(previous: TimeOffFormState, formData: FormData): Promise<TimeOffFormState> {
  await requireAdmin();
  const outcome = await addTimeOff(siteContext(), formData);
  if (outcome.kind === "invalid") return refusedTimeOffForm(previous, outcome);
  await freeTimesChanged();
  redirect(outcome.next);
}

export async function removeTimeOffBlock(formData: FormData): Promise<void> {
  await requireAdmin();
  const next = await removeTimeOff(siteContext(), formData);
  await freeTimesChanged();
  redirect(next);
}

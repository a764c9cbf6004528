"use server";

import { redirect } from "next/navigation";
import { cancelAsConsultant, markCallOutcome, moveBookingFromAdmin, saveAdminNote } from "@/lib/admin/booking-actions";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";
import { freeTimesChanged } from "@/app/(site)/book/free-times-changed";

// Each action checks the session itself, then lands back on the page its command names.

export async function saveNote(formData: FormData): Promise<void> {
  await requireAdmin();
  redirect(await saveAdminNote(siteContext(), formData));
}

export async function markOutcome(formData: FormData): Promise<void> {
  await requireAdmin();
  redirect(await markCallOutcome(siteContext(), formData));
}

export async function cancelCall(formData: FormData): Promise<void> {
  await requireAdmin();
  const next = await cancelAsConsultant(siteContext(), formData);
  await freeTimesChanged();
  redirect(next);
}

export async function moveCall(formData: FormData): Promise<void> {
  await requireAdmin();
  const next = await moveBookingFromAdmin(siteContext(), formData);
  await freeTimesChanged();
  redirect(next);
}

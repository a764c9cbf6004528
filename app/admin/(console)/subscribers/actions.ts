"use server";

import { redirect } from "next/navigation";
import { removeSubscriberFromAdmin, sendNoteTest } from "@/lib/admin/subscriber-actions";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getAllNotes } from "@/lib/content";
import { siteContext } from "@/lib/runtime";
import { newsletterSettings } from "@/lib/runtime/newsletter";

// Each action checks the session itself, then lands back on the page with what happened.

export async function removeSubscriber(formData: FormData): Promise<void> {
  await requireAdmin();
  redirect(await removeSubscriberFromAdmin(siteContext(), formData));
}

export async function sendTestOfNote(formData: FormData): Promise<void> {
  await requireAdmin();
  redirect(await sendNoteTest(siteContext(), getAllNotes(), newsletterSettings(), formData));
}

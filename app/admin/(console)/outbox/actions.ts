"use server";

import { redirect } from "next/navigation";
import { retryFailedEmail } from "@/lib/admin/outbox-view";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";

/** Puts a failed email back in line to be sent now; back on the failed list with what happened. */
export async function retryEmail(formData: FormData): Promise<void> {
  await requireAdmin();
  redirect(await retryFailedEmail(siteContext(), formData));
}

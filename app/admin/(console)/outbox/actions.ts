"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getStorage } from "@/lib/db";
import { retryOutboxMessage } from "@/lib/email/outbox-admin";

const retryForm = z.object({ outboxId: z.string().min(1).max(100) });

/** Puts a failed email back in line to be sent now; back on the failed list with what happened. */
export async function retryEmail(formData: FormData): Promise<void> {
  await requireAdmin();
  const form = retryForm.safeParse({ outboxId: formData.get("outboxId") });
  if (!form.success) redirect("/admin/outbox?show=failed");
  const outcome = await retryOutboxMessage((await getStorage()).db, form.data.outboxId, new Date());
  redirect(`/admin/outbox?show=failed&${outcome === "queued" ? "done=retried" : `problem=${outcome}`}`);
}

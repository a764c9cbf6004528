"use server";

import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/admin-session";
import { fetchSiteCalendarNow } from "@/lib/runtime/calendars";
import { freeTimesChanged } from "@/app/(site)/book/free-times-changed";

/** Reads one calendar now and says how it went. */
export async function fetchCalendarNow(formData: FormData): Promise<void> {
  await requireAdmin();
  const id = String(formData.get("calendar") ?? "");
  const result = await fetchSiteCalendarNow(id);
  if (result?.outcome === "read") await freeTimesChanged();
  const done = result?.outcome === "read" || result?.outcome === "unchanged" ? "read" : undefined;
  const problem = !result ? "not-found" : result.outcome === "skipped" ? "busy" : result.outcome === "failed" ? "failed" : undefined;
  redirect(`/admin/calendars?${new URLSearchParams({ ...(done ? { done } : {}), ...(problem ? { problem } : {}), calendar: id })}`);
}

"use server";

import { redirect } from "next/navigation";
import { rotateCalendarGeneration } from "@/lib/admin/calendar-subscription";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";

/** Gives the calendar feed a new address; calendars subscribed to the old one stop receiving bookings. */
export async function rotateCalendarFeed(): Promise<void> {
  await requireAdmin();
  const { storage, now } = siteContext();
  await rotateCalendarGeneration(await storage(), now());
  redirect("/admin/calendar?done=rotated");
}

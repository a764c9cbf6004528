"use server";

import { redirect } from "next/navigation";
import { rotateCalendarGeneration } from "@/lib/admin/calendar-generation";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getStorage } from "@/lib/db";

/** Gives the calendar feed a new address; calendars subscribed to the old one stop receiving bookings. */
export async function rotateCalendarFeed(): Promise<void> {
  await requireAdmin();
  await rotateCalendarGeneration(await getStorage(), new Date());
  redirect("/admin/calendar?done=rotated");
}

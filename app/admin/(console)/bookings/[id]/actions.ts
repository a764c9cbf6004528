"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ADMIN_NOTE_MAX_LENGTH, CANCEL_MESSAGE_MAX_LENGTH } from "@/lib/admin/booking-details";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getMailSettings } from "@/lib/runtime";
import { cancelBooking } from "@/lib/booking/lifecycle";
import { markBookingOutcome, setAdminNote } from "@/lib/db/bookings";
import { getStorage } from "@/lib/db";

const bookingId = z.string().min(1).max(100);
const noteForm = z.object({ bookingId, note: z.string().max(ADMIN_NOTE_MAX_LENGTH) });
const outcomeForm = z.object({ bookingId, outcome: z.enum(["held", "no_show"]) });
const cancelForm = z.object({
  bookingId,
  message: z.string().trim().max(CANCEL_MESSAGE_MAX_LENGTH, "message-too-long"),
  confirm: z.literal("yes", "not-confirmed"),
});

const detailPath = (id: string, query: string) => `/admin/bookings/${encodeURIComponent(id)}?${query}`;

/** Saves the consultant's private note; back on the booking's page either way, with what happened. */
export async function saveAdminNote(formData: FormData): Promise<void> {
  await requireAdmin();
  const form = noteForm.safeParse({ bookingId: formData.get("bookingId"), note: String(formData.get("note") ?? "").trim() });
  if (!form.success) {
    const id = bookingId.safeParse(formData.get("bookingId"));
    redirect(id.success ? detailPath(id.data, "problem=note-too-long") : "/admin");
  }
  const saved = await setAdminNote((await getStorage()).db, form.data.bookingId, form.data.note, new Date());
  redirect(saved ? detailPath(form.data.bookingId, "done=note") : "/admin");
}

/** Marks the call as held or as a no-show. */
export async function markOutcome(formData: FormData): Promise<void> {
  await requireAdmin();
  const form = outcomeForm.safeParse({ bookingId: formData.get("bookingId"), outcome: formData.get("outcome") });
  if (!form.success) redirect("/admin");
  const marked = await markBookingOutcome((await getStorage()).db, form.data.bookingId, form.data.outcome, new Date());
  redirect(detailPath(form.data.bookingId, marked ? `done=${form.data.outcome}` : "problem=cancelled"));
}

/** Cancels the call: the time is freed and the founder's email, with the consultant's message, goes to the outbox. */
export async function cancelAsConsultant(formData: FormData): Promise<void> {
  await requireAdmin();
  const form = cancelForm.safeParse({
    bookingId: formData.get("bookingId"),
    message: String(formData.get("message") ?? ""),
    confirm: formData.get("confirm"),
  });
  if (!form.success) {
    const id = bookingId.safeParse(formData.get("bookingId"));
    redirect(id.success ? detailPath(id.data, `problem=${form.error.issues[0]!.message}`) : "/admin");
  }
  const { bookingId: id, message } = form.data;
  const outcome = await cancelBooking(await getStorage(), getMailSettings(), new Date(), {
    bookingId: id,
    by: "consultant",
    ...(message ? { message } : {}),
  });
  if (outcome.kind === "not-found") redirect("/admin");
  redirect(detailPath(id, outcome.kind === "cancelled" ? "done=cancelled" : `problem=${outcome.kind}`));
}

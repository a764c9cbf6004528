import { z } from "zod";
import type { BookingContext } from "../booking/context";
import { cancelBooking, moveBookingAsConsultant } from "../booking/lifecycle";
import { findBookingById, markBookingOutcome, setAdminNote } from "../db/bookings";
import { withoutControlCharacters } from "../http/free-text";
import { ADMIN_NOTE_MAX_LENGTH, CANCEL_MESSAGE_MAX_LENGTH } from "./booking-details";
import { MOVE_MESSAGE_MAX_LENGTH } from "./move-call";

// The consultant's commands on one booking. Each reads its form, does its work and answers with the page to show
// next, carrying what happened as ?done= or ?problem= (keys of booking-messages.ts, never text from the request).

const bookingId = z.string().regex(/^[\w-]{1,100}$/);
const noteForm = z.object({ bookingId, note: z.string().max(ADMIN_NOTE_MAX_LENGTH) });
const outcomeForm = z.object({ bookingId, outcome: z.enum(["held", "no_show"]) });
const cancelForm = z.object({
  bookingId,
  message: z.string().trim().max(CANCEL_MESSAGE_MAX_LENGTH, "message-too-long"),
  confirm: z.literal("yes", "not-confirmed"),
});
const moveForm = z.object({
  bookingId,
  // The picker's values: instants written as toISOString() writes them.
  start: z.iso.datetime("move-no-time").transform((text) => new Date(text)),
  message: z.string().trim().max(MOVE_MESSAGE_MAX_LENGTH, "move-message-too-long"),
});

const LIST_PATH = "/admin";
const detailPath = (id: string, query: string) => `/admin/bookings/${encodeURIComponent(id)}?${query}`;

/** Back on the booking's page with a problem when its id can be read, else on the list. */
function refused(formData: FormData, problem: string): string {
  const id = bookingId.safeParse(formData.get("bookingId"));
  return id.success ? detailPath(id.data, `problem=${problem}`) : LIST_PATH;
}

/** Saves the consultant's private note. */
export async function saveAdminNote(context: BookingContext, formData: FormData): Promise<string> {
  const form = noteForm.safeParse({ bookingId: formData.get("bookingId"), note: withoutControlCharacters(String(formData.get("note") ?? "")).trim() });
  if (!form.success) return refused(formData, "note-too-long");
  const saved = await setAdminNote((await context.storage()).db, form.data.bookingId, form.data.note, context.now());
  return saved ? detailPath(form.data.bookingId, "done=note") : LIST_PATH;
}

/** Marks the call as held or as a no-show: only once it has started, and never a cancelled one. */
export async function markCallOutcome(context: BookingContext, formData: FormData): Promise<string> {
  const form = outcomeForm.safeParse({ bookingId: formData.get("bookingId"), outcome: formData.get("outcome") });
  if (!form.success) return LIST_PATH;
  const db = (await context.storage()).db;
  const now = context.now();
  const booking = await findBookingById(db, form.data.bookingId);
  if (!booking) return LIST_PATH;
  if (booking.status === "cancelled") return detailPath(booking.id, "problem=cancelled");
  if (booking.start.getTime() > now.getTime()) return detailPath(booking.id, "problem=not-started");
  const marked = await markBookingOutcome(db, booking.id, form.data.outcome, now);
  return detailPath(booking.id, marked ? `done=${form.data.outcome}` : "problem=cancelled");
}

/** Cancels the call: the time is freed and the founder's email, with the consultant's message, goes to the outbox. */
export async function cancelAsConsultant(context: BookingContext, formData: FormData): Promise<string> {
  const form = cancelForm.safeParse({
    bookingId: formData.get("bookingId"),
    message: withoutControlCharacters(String(formData.get("message") ?? "")),
    confirm: formData.get("confirm"),
  });
  if (!form.success) return refused(formData, form.error.issues[0]!.message);
  const { bookingId: id, message } = form.data;
  const outcome = await cancelBooking(await context.storage(), context.mail, context.now(), {
    bookingId: id,
    by: "consultant",
    ...(message ? { message } : {}),
  });
  if (outcome.kind === "not-found") return LIST_PATH;
  return detailPath(id, outcome.kind === "cancelled" ? "done=cancelled" : `problem=${outcome.kind}`);
}

/**
 * Moves the call to another free time: the founder's email says the consultant moved it, with the message and a new
 * link to their page. A time taken or closed since the page was loaded is refused, and the booking keeps its time.
 */
export async function moveBookingFromAdmin(context: BookingContext, formData: FormData): Promise<string> {
  const form = moveForm.safeParse({
    bookingId: formData.get("bookingId"),
    start: String(formData.get("start") ?? ""),
    message: withoutControlCharacters(String(formData.get("message") ?? "")),
  });
  if (!form.success) return refused(formData, form.error.issues[0]!.message);
  const { bookingId: id, start, message } = form.data;
  const outcome = await moveBookingAsConsultant(await context.storage(), context.settings, context.now(), { bookingId: id, start, ...(message ? { message } : {}) }, context.mail);
  switch (outcome.kind) {
    case "moved":
      return detailPath(id, "done=moved");
    case "not-found":
      return LIST_PATH;
    case "unavailable":
      return detailPath(id, `problem=move-${outcome.reason}`);
    default:
      return detailPath(id, `problem=move-${outcome.kind}`);
  }
}

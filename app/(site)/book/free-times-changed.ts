import { revalidatePath } from "next/cache";
import { keptDrawingsFinished } from "@/lib/booking/web/kept-drawings";

/**
 * Called by every request that may have changed what is free (a booking, a move, a cancellation, time off, a calendar
 * read on demand, or a time found taken): both copies of the kept booking pages (for/[engagement]/[copy]) are drawn
 * afresh on their next visit instead of when their minute is up. A copy being drawn as the change lands may hold the
 * times from before it: the request waits for it to finish, so that its revalidation, applied as the request ends,
 * comes after it. Next stores a copy a moment after its page is done, and one drawn in the background can be stored
 * after the revalidation; the change has moved visitors to the other copy by then (keptBookingPath).
 */
export async function freeTimesChanged(): Promise<void> {
  await keptDrawingsFinished();
  revalidatePath("/(site)/book/for/[engagement]/[copy]", "page");
}

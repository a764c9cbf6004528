import { revalidatePath } from "next/cache";

/**
 * Called by every request that may have changed what is free (a booking, a move, a cancellation, time off, a calendar
 * read on demand, or a time found taken): the kept booking pages (for/[engagement]) are drawn afresh on their next
 * visit instead of when their minute is up.
 */
export function freeTimesChanged(): void {
  revalidatePath("/(site)/book/for/[engagement]", "page");
}

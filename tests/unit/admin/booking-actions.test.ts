import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelAsConsultant, markCallOutcome, saveAdminNote } from "@/lib/admin/booking-actions";
import { ADMIN_NOTE_MAX_LENGTH } from "@/lib/admin/booking-details";
import { bookingPageMessages } from "@/lib/admin/booking-messages";
import { listOutboxEntries } from "@/lib/admin/outbox-view";
import type { BookingContext } from "@/lib/booking/context";
import { createBooking } from "@/lib/booking/service";
import { findBookingById } from "@/lib/db/bookings";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { berlinContext, berlinMail, berlinRules, founder, NOW, OPEN_SLOT } from "../booking/booking-fixtures";
import { findBookingView } from "@/lib/admin/booking-views";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const messagesOf = (path: string) => bookingPageMessages(Object.fromEntries(new URL(path, "http://site.test").searchParams));

let test: TestStorage;
let context: BookingContext;
let bookingId: string;
beforeAll(async () => {
  test = await createTestSqlite();
  context = berlinContext(test.storage, NOW);
});
afterAll(async () => {
  await test.cleanUp();
});
beforeEach(async () => {
  await test.storage.db.deleteFrom("outbox").execute();
  await test.storage.db.deleteFrom("bookings").execute();
  const outcome = await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail);
  if (outcome.kind !== "booked") throw new Error("booking failed");
  bookingId = outcome.booking.id;
});

describe("the consultant handles a booking in the admin", () => {
  it("saves a private note and is told so on the booking's page", async () => {
    const next = await saveAdminNote(context, form({ bookingId, note: "  Ask about their CRM.  " }));
    expect(next).toBe(`/admin/bookings/${bookingId}?done=note`);
    expect(messagesOf(next)).toEqual({ done: "Note saved." });
    expect((await findBookingById(test.storage.db, bookingId))?.adminNote).toBe("Ask about their CRM.");
  });

  it("a note over the limit is not saved, and the reason shows next to the note", async () => {
    const next = await saveAdminNote(context, form({ bookingId, note: "x".repeat(ADMIN_NOTE_MAX_LENGTH + 1) }));
    expect(messagesOf(next)).toEqual({ noteProblem: `The note was not saved: it can be at most ${ADMIN_NOTE_MAX_LENGTH} characters.` });
    expect((await findBookingById(test.storage.db, bookingId))?.adminNote).toBeNull();
  });

  it("marks the call as held once it has started; a mangled outcome goes back to the list and changes nothing", async () => {
    const duringTheCall = berlinContext(test.storage, new Date(OPEN_SLOT.getTime() + 5 * 60_000));
    expect(await markCallOutcome(duringTheCall, form({ bookingId, outcome: "held" }))).toBe(`/admin/bookings/${bookingId}?done=held`);
    expect(await markCallOutcome(duringTheCall, form({ bookingId, outcome: "cancelled" }))).toBe("/admin");
    expect((await findBookingById(test.storage.db, bookingId))?.status).toBe("held");
  });

  it("a call still to come cannot be marked as held or a no-show: the page says why, and the booking stays as it was", async () => {
    for (const outcome of ["held", "no_show"]) {
      const next = await markCallOutcome(context, form({ bookingId, outcome }));
      expect(messagesOf(next)).toEqual({ problem: "This call has not started yet; mark how it went once it has." });
    }
    expect((await findBookingById(test.storage.db, bookingId))?.status).toBe("confirmed");
    expect((await findBookingView(context, bookingId))?.markable).toBe(false);
    expect((await findBookingView(berlinContext(test.storage, OPEN_SLOT), bookingId))?.markable).toBe(true);
  });

  it("cancelling without ticking the box is refused next to the box, and the call stands", async () => {
    const next = await cancelAsConsultant(context, form({ bookingId, message: "Ill that week" }));
    expect(messagesOf(next)).toEqual({ cancelProblem: "Not cancelled: tick the box to confirm that the call is off." });
    expect((await findBookingById(test.storage.db, bookingId))?.status).toBe("confirmed");
  });

  it("cancels with a message: the founder's email is queued and the outbox links it to the booking", async () => {
    const next = await cancelAsConsultant(context, form({ bookingId, message: "Ill that week", confirm: "yes" }));
    expect(messagesOf(next)).toEqual({ done: "Cancelled. The founder’s email is in the outbox." });
    const entries = await listOutboxEntries(context, "pending");
    const cancellation = entries.find((entry) => entry.kind === "founder-cancelled")!;
    expect(cancellation.textBody).toContain("Ill that week");
    expect(cancellation.about).toEqual({ href: `/admin/bookings/${bookingId}`, label: "The booking" });
  });
});

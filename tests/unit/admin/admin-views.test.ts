import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelAsConsultant } from "@/lib/admin/booking-actions";
import { findBookingView } from "@/lib/admin/booking-views";
import { listOutboxEntries } from "@/lib/admin/outbox-view";
import type { BookingContext } from "@/lib/booking/context";
import { berlinContext, bookAt, NOW, OPEN_SLOT } from "../booking/booking-fixtures";
import { createTestSqlite, type TestStorage } from "../db/test-storage";

// No numeric dates anywhere in the admin: "Monday, June 1, 2026, 10:00 AM", never "6/1/2026, 10:00:00 AM".
const LONG_FORM = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M$/;

let test: TestStorage;
let context: BookingContext;
let bookingId: string;
beforeAll(async () => {
  test = await createTestSqlite();
  context = berlinContext(test.storage, NOW);
  bookingId = (await bookAt(test.storage, OPEN_SLOT)).id;
});
afterAll(async () => {
  await test.cleanUp();
});

describe("a booking's page in the admin", () => {
  it("says when it was booked in the long form, on the consultant's clock, and gives the video link", async () => {
    const view = (await findBookingView(context, bookingId))!;
    expect(view.bookedOn).toBe("Monday, June 1, 2026, 10:00 AM");
    expect(view.meetingLink).toBe(context.settings.meetingLink);
  });

  it("has no video link once the call is cancelled", async () => {
    const data = new FormData();
    data.set("bookingId", bookingId);
    data.set("confirm", "yes");
    await cancelAsConsultant(context, data);
    expect((await findBookingView(context, bookingId))!.meetingLink).toBeUndefined();
  });
});

describe("the outbox in the admin", () => {
  it("names each email in words, with its times in the long form", async () => {
    const entries = await listOutboxEntries(context, "all");
    expect(entries.map((entry) => [entry.kind, entry.kindLabel]).sort()).toEqual(
      [
        ["consultant-cancelled", "Call cancelled (to you)"],
        ["consultant-new-booking", "New booking (to you)"],
        ["founder-cancelled", "Cancellation to the founder"],
        ["founder-confirmation", "Confirmation to the founder"],
        ["founder-reminder", "Reminder to the founder"],
      ].sort(),
    );
    for (const entry of entries) expect(entry.created).toMatch(LONG_FORM);
  });
});

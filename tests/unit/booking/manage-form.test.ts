import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitCancelForm, submitMoveForm } from "@/lib/booking/web/manage-form";
import { createBooking } from "@/lib/booking/service";
import { findBookingById } from "@/lib/db/bookings";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { berlinContext, berlinMail, berlinRules, founder, NOW } from "./booking-fixtures";

const FIRST = new Date("2026-06-15T07:00:00Z");
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

let test: TestStorage;
let token: string;
let bookingId: string;
beforeAll(async () => {
  test = await createTestSqlite();
  const outcome = await createBooking(test.storage, berlinRules, NOW, founder({ start: FIRST }), berlinMail);
  if (outcome.kind !== "booked") throw new Error("booking failed");
  token = outcome.booking.manageToken;
  bookingId = outcome.booking.id;
});
afterAll(async () => {
  await test.cleanUp();
});

const context = () => berlinContext(test.storage, NOW);

describe("the manage page's forms, server side", () => {
  it("a move with no time picked, or a mangled one, asks for a time and changes nothing", async () => {
    expect(await submitMoveForm({ submission: 0 }, form({ token }), context())).toEqual({ kind: "state", state: { submission: 1, message: "Please pick a new time" } });
    expect(await submitMoveForm({ submission: 1 }, form({ token, start: "tomorrow" }), context())).toEqual({
      kind: "state",
      state: { submission: 2, message: "Please pick a new time from the list" },
    });
    expect((await findBookingById(test.storage.db, bookingId))?.start).toEqual(FIRST);
  });

  it("a move to a time outside the hours offers the nearest free ones", async () => {
    const result = await submitMoveForm({ submission: 0 }, form({ token, start: "2026-06-16T02:00:00Z" }), context());
    expect(result).toMatchObject({ kind: "state", state: { message: "That time isn’t open for booking; here are the nearest free times." } });
    if (result.kind === "state") expect(result.state.nearest?.length).toBeGreaterThan(0);
  });

  it("a move to a free time moves the call and says which time it had before", async () => {
    const later = new Date("2026-06-16T08:00:00Z");
    expect(await submitMoveForm({ submission: 0 }, form({ token, start: later.toISOString() }), context())).toEqual({ kind: "moved", from: FIRST });
    expect((await findBookingById(test.storage.db, bookingId))?.start).toEqual(later);
  });

  it("a cancel with a forged token is turned away; with the founder's own, the booking is cancelled by the founder", async () => {
    expect(await submitCancelForm(form({ token: "B".repeat(43) }), context())).toBe("gone");
    expect(await submitCancelForm(form({}), context())).toBe("gone");
    expect(await submitCancelForm(form({ token }), context())).toBe("cancelled");
    expect(await findBookingById(test.storage.db, bookingId)).toMatchObject({ status: "cancelled", cancelledBy: "founder" });
    expect(await submitCancelForm(form({ token }), context())).toBe("gone");
    expect(await submitMoveForm({ submission: 0 }, form({ token, start: "2026-06-16T07:00:00Z" }), context())).toEqual({ kind: "gone" });
  });
});

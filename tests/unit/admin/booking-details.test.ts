import { describe, expect, it } from "vitest";
import { bookingAnswers, bookingStatusLabel } from "@/lib/admin/booking-details";
import { booking, settings } from "./admin-fixtures";

describe("a booking's answers in the admin", () => {
  it("shows the signals ticked and the engagement in the words the founder saw on the form", () => {
    const [first, second] = settings.form.readinessSignals;
    expect(bookingAnswers(booking(), settings.form)).toEqual({
      signals: [first!.label, second!.label],
      engagement: settings.form.engagements[0]!.label,
    });
  });

  it("still shows a signal or engagement removed from the content since, by its id", () => {
    const row = booking({ readiness: ["a-retired-signal"], engagement: "a-retired-engagement" });
    expect(bookingAnswers(row, settings.form)).toEqual({ signals: ["a-retired-signal"], engagement: "a-retired-engagement" });
  });

  it("shows nothing ticked and no engagement when the founder chose none", () => {
    expect(bookingAnswers(booking({ readiness: [], engagement: null }), settings.form)).toEqual({ signals: [] });
  });

  it("says who cancelled a cancelled booking", () => {
    expect(bookingStatusLabel(booking({ status: "cancelled", cancelledBy: "founder" }))).toBe("Cancelled by the founder");
    expect(bookingStatusLabel(booking({ status: "no_show" }))).toBe("No-show");
  });
});

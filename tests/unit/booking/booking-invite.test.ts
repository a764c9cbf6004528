import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consultantEvent } from "@/lib/admin/calendar-feed";
import { bookingInvite } from "@/lib/booking/booking-invite";
import { buildCalendar } from "@/lib/booking/ics";
import { cancelBooking, moveBooking } from "@/lib/booking/lifecycle";
import { manageUrl } from "@/lib/booking/manage-token";
import { findBookingById, type Booking } from "@/lib/db/bookings";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { bookAt, berlinContext, berlinMail, berlinRules, NOW } from "./booking-fixtures";

const FIRST = new Date("2026-06-15T07:00:00Z");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const vevent = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;

let test: TestStorage;
let booking: Booking;
let token: string;
beforeAll(async () => {
  test = await createTestSqlite();
  const booked = await bookAt(test.storage, FIRST);
  token = booked.manageToken;
  booking = (await findBookingById(test.storage.db, booked.id))!;
});
afterAll(async () => {
  await test.cleanUp();
});

const link = () => manageUrl(berlinMail.site.url, token);

describe("the founder's invite", () => {
  it("reminds them 30 minutes before the call", () => {
    const ics = bookingInvite(booking, berlinMail, "REQUEST", NOW);
    expect(ics).toContain("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT30M\r\n");
    const alarm = vevent(ics).getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm.getFirstPropertyValue("trigger"))).toBe("-PT30M");
    expect(alarm.getFirstPropertyValue("description")).toContain("Intro call with Kofi Osei");
  });

  it("carries 'Move or cancel: <their page>' in its description when the page is given, and reads back whole", () => {
    const ics = bookingInvite(booking, berlinMail, "REQUEST", NOW, { manageUrl: link() });
    expect(vevent(ics).getFirstPropertyValue("description")).toBe(
      `A free 30-minute intro on video.\nJoin: https://meet.example.com/ko-intro\nMove or cancel: ${link()}`,
    );
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("has neither the link nor a reminder in a cancellation", () => {
    const ics = bookingInvite({ ...booking, status: "cancelled" }, berlinMail, "CANCEL", NOW, { manageUrl: link() });
    expect(unfold(ics)).not.toContain("/book/manage/");
    expect(ics).not.toContain("VALARM");
  });
});

describe("who gets the manage link in an invite", () => {
  const invites = async () =>
    test.storage.db.selectFrom("outbox").select(["kind", "recipient", "ics"]).where("topic", "=", `booking:${booking.id}`).orderBy("created_at").execute();

  it("the founder's confirmation and move: with their own link; the consultant's emails and calendars: never", async () => {
    const confirmation = (await invites()).find((row) => row.kind === "founder-confirmation")!;
    expect(unfold(confirmation.ics!)).toContain(`Move or cancel: ${link()}`);
    expect(unfold(confirmation.ics!)).toContain("TRIGGER:-PT30M");

    const moved = await moveBooking(test.storage, berlinRules, NOW, { token, start: new Date("2026-06-16T07:00:00Z") }, berlinMail);
    expect(moved.kind).toBe("moved");
    const rows = await invites();
    expect(unfold(rows.find((row) => row.kind === "founder-moved")!.ics!)).toContain(`Move or cancel: ${link()}`);
    for (const row of rows.filter((row) => row.recipient === berlinMail.consultantAddress)) expect(row.ics ?? "").not.toContain("/book/manage/");

    const current = (await findBookingById(test.storage.db, booking.id))!;
    const settings = berlinContext(test.storage, NOW).settings;
    const consultantCopy = buildCalendar([consultantEvent(current, settings, berlinMail.site)], { method: "none" });
    expect(unfold(consultantCopy)).not.toContain("/book/manage/");
    expect(consultantCopy).not.toContain("VALARM");
  });

  it("the cancellation: no link, since the page no longer opens", async () => {
    const outcome = await cancelBooking(test.storage, berlinMail, NOW, { bookingId: booking.id, by: "founder" });
    expect(outcome.kind).toBe("cancelled");
    const cancellation = (await invites()).find((row) => row.kind === "founder-cancelled")!;
    expect(unfold(cancellation.ics!)).toContain("METHOD:CANCEL");
    expect(unfold(cancellation.ics!)).not.toContain("/book/manage/");
  });
});

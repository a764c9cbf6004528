import { describe, expect, it } from "vitest";
import { bookingsFeed, calendarFeedToken, isCalendarFeedToken } from "@/lib/admin/calendar-feed";
import { booking, settings } from "./admin-fixtures";

const secret = "a-session-secret-of-at-least-32-characters";
const site = { url: "https://ko.example", name: "Kai Okafor" };
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("the consultant's calendar feed", () => {
  it("shows each booked call with who booked it and what they wrote", () => {
    const ics = unfold(bookingsFeed([booking(), booking({ id: "b-2", name: "Grace Hopper", company: null })], settings, site));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("UID:b-1@ko.example");
    expect(ics).toContain("DTSTART:20260603T070000Z");
    expect(ics).toContain("SUMMARY:Intro call: Ada Lovelace (Analytical Engines)");
    expect(ics).toContain("SUMMARY:Intro call: Grace Hopper\r\n");
    expect(ics).toContain("In the admin: https://ko.example/admin/bookings/b-1");
    expect(ics).toContain("X-WR-CALNAME:Kai Okafor: intro calls");
  });

  it("keeps what a founder typed inside its own property, however they tried to break out", () => {
    const name = "Eve\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:owned; x, y \\";
    const ics = unfold(bookingsFeed([booking({ name, message: "<script>alert(1)</script>\nDTSTART:19700101T000000Z" })], settings, site));
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(ics.match(/^END:VEVENT/gm)).toHaveLength(1);
    expect(ics.match(/^DTSTART/gm)).toHaveLength(1);
    expect(ics).toContain("SUMMARY:Intro call: Eve\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:owned\\; x\\, y \\\\ (Analytical Engines)");
  });

  it("opens only with the current token: another generation's or another secret's is refused", () => {
    const token = calendarFeedToken(secret, "generation-1");
    expect(isCalendarFeedToken(token, secret, "generation-1")).toBe(true);
    expect(isCalendarFeedToken(token, secret, "generation-2")).toBe(false);
    expect(isCalendarFeedToken(calendarFeedToken("another-secret-that-is-also-32-chars!!", "generation-1"), secret, "generation-1")).toBe(false);
    expect(isCalendarFeedToken("", secret, "generation-1")).toBe(false);
    expect(isCalendarFeedToken(token.slice(0, -1), secret, "generation-1")).toBe(false);
  });
});

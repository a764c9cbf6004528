import { describe, expect, it } from "vitest";
import { calendarLinks } from "@/lib/booking/calendar-links";
import { founderCalendarLinks } from "@/lib/booking/booking-invite";
import { berlinMail } from "./booking-fixtures";

const event = {
  title: "Intro call with Kofi & Co #1 🎉",
  start: new Date("2026-12-01T14:00:00.000Z"),
  end: new Date("2026-12-01T14:30:00.000Z"),
  details: "A free 30-minute intro on video.\nJoin: https://meet.example.com/ko-intro?pwd=a&b=c#x",
  location: "https://meet.example.com/ko-intro?pwd=a&b=c#x",
};

describe("Add to Google Calendar", () => {
  const url = new URL(calendarLinks(event).google);

  it("opens Google's new-event page with the call's exact UTC times", () => {
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("dates")).toBe("20261201T140000Z/20261201T143000Z");
    expect(url.search).toContain("&dates=20261201T140000Z/20261201T143000Z&");
  });

  it("keeps &, #, emoji and line breaks inside their own values", () => {
    expect(url.hash).toBe("");
    expect([...url.searchParams.keys()]).toEqual(["action", "text", "dates", "details", "location"]);
    expect(url.searchParams.get("text")).toBe(event.title);
    expect(url.searchParams.get("details")).toBe(event.details);
    expect(url.searchParams.get("location")).toBe(event.location);
    expect(url.search).toContain("text=Intro%20call%20with%20Kofi%20%26%20Co%20%231%20%F0%9F%8E%89&");
    expect(url.search).not.toContain("+");
  });
});

describe("Add to Outlook", () => {
  const url = new URL(calendarLinks(event).outlook);

  it("opens Outlook's compose page with ISO times and its fixed path", () => {
    expect(url.origin + url.pathname).toBe("https://outlook.office.com/calendar/0/deeplink/compose");
    expect(url.searchParams.get("startdt")).toBe("2026-12-01T14:00:00Z");
    expect(url.searchParams.get("enddt")).toBe("2026-12-01T14:30:00Z");
    expect(url.searchParams.get("path")).toBe("/calendar/action/compose");
    expect(url.searchParams.get("rru")).toBe("addevent");
  });

  it("keeps &, #, emoji and line breaks inside their own values", () => {
    expect(url.hash).toBe("");
    expect([...url.searchParams.keys()]).toEqual(["subject", "startdt", "enddt", "body", "location", "path", "rru"]);
    expect(url.searchParams.get("subject")).toBe(event.title);
    expect(url.searchParams.get("body")).toBe(event.details);
    expect(url.searchParams.get("location")).toBe(event.location);
  });
});

describe("the founder's calendar links", () => {
  it("describe the call as the invite does, and never carry a manage link", () => {
    const slot = { start: event.start, end: event.end };
    const links = founderCalendarLinks(slot, berlinMail);
    for (const link of [links.google, links.outlook]) {
      expect(decodeURIComponent(link)).toContain("Intro call with Kofi Osei (AI Operations)");
      expect(decodeURIComponent(link)).toContain("Join: https://meet.example.com/ko-intro");
      expect(link).not.toContain("manage");
    }
  });

  it("survive a lone surrogate in a name instead of throwing", () => {
    const links = calendarLinks({ ...event, title: "Ada \uD83D" });
    expect(new URL(links.google).searchParams.get("text")).toBe("Ada \uFFFD");
  });
});

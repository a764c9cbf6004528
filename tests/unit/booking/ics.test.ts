import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, buildIcs } from "@/lib/booking/ics";

const event = {
  uid: "3f0c1d9e-booking@ko.example",
  start: new Date("2026-12-01T14:00:00Z"),
  end: new Date("2026-12-01T14:30:00Z"),
  title: "Intro call: Ada, Analytical Engines",
  description: "A free 30-minute intro on video.\nJoin: https://meet.example.com/ko-intro",
  url: "https://meet.example.com/ko-intro",
  createdAt: new Date("2026-11-24T09:15:30.123Z"),
};

describe("the Add to calendar file", () => {
  const ics = buildIcs(event);

  it("holds one event at the booked UTC times, stamped when it was made", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("\r\nDTSTART:20261201T140000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20261201T143000Z\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20261124T091530Z\r\n");
    expect(ics).toContain("\r\nUID:3f0c1d9e-booking@ko.example\r\n");
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it("escapes commas, semicolons, backslashes and new lines in text", () => {
    const text = buildIcs({ ...event, title: "A, B; C\\D", description: "one\ntwo" });
    expect(text).toContain("SUMMARY:A\\, B\\; C\\\\D\r\n");
    expect(text).toContain("DESCRIPTION:one\\ntwo\r\n");
  });

  it("folds long lines at 75 bytes without splitting a character, and unfolds to the original", () => {
    const title = `Intro call: ${"Zoë ".repeat(40)}`.trim();
    const text = buildIcs({ ...event, title });
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain(`SUMMARY:${title}\r\n`);
  });
});

describe("a reminder in the file", () => {
  it("is a DISPLAY alarm before the start, inside the event, and none unless asked for", () => {
    const ics = buildIcs({ ...event, alarm: { minutesBefore: 30, description: "In 30 minutes: intro call; bring notes" } });
    expect(ics).toContain("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT30M\r\nDESCRIPTION:In 30 minutes: intro call\\; bring notes\r\nEND:VALARM\r\nEND:VEVENT\r\n");
    const alarm = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")?.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("trigger")?.toString()).toBe("-PT30M");
    expect(buildIcs(event)).not.toContain("VALARM");
  });
});

describe("an invitation sent by email, and its cancellation", () => {
  const people = {
    organizer: { name: "Consultant, K.", email: "hello@ko.example" },
    attendee: { name: 'Ada "The Countess" Lovelace', email: "ada@example.com" },
  };

  it("is a REQUEST with the organizer, the attendee and the change count", () => {
    const ics = buildIcs({ ...event, ...people, sequence: 2 }, "REQUEST").replace(/\r\n /g, "");
    expect(ics).toContain("\r\nMETHOD:REQUEST\r\n");
    expect(ics).toContain("\r\nSEQUENCE:2\r\n");
    expect(ics).toContain('\r\nORGANIZER;CN="Consultant, K.":mailto:hello@ko.example\r\n');
    expect(ics).toContain('\r\nATTENDEE;CN="Ada The Countess Lovelace";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:ada@example.com\r\n');
  });

  it("cancels with the same UID and a cancelled status", () => {
    const ics = buildIcs({ ...event, sequence: 3, status: "CANCELLED" }, "CANCEL");
    expect(ics).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(ics).toContain(`\r\nUID:${event.uid}\r\n`);
    expect(ics).toContain("\r\nSTATUS:CANCELLED\r\n");
  });

  it("holds many events in one subscribed calendar", () => {
    const ics = buildCalendar([event, { ...event, uid: "second@ko.example" }], { name: "Intro calls" });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("\r\nX-WR-CALNAME:Intro calls\r\n");
  });
});

describe("a calendar read back by a parser", () => {
  it("holds the same events it was written from, however awkward their text", () => {
    const title = `Intro call: Ada, Lovelace; "Countess" \\ of\nLovelace 🎉 ${"Zoë 😀 ".repeat(12)}`.trim();
    const events = [
      { ...event, title, description: "one, two; three\\four\n\nJoin: https://meet.example.com/ko-intro 👋" },
      { ...event, uid: "second,one;x@ko.example", start: new Date("2027-01-02T08:00:00Z"), end: new Date("2027-01-02T08:30:00Z") },
    ];
    const ics = buildCalendar(events, { name: "Intro calls" });
    const parsed = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vevent")
      .map((component) => new ICAL.Event(component))
      .map((read) => ({
        uid: read.uid,
        start: read.startDate.toJSDate(),
        end: read.endDate.toJSDate(),
        title: read.summary,
        description: read.description,
      }));
    expect(parsed).toEqual(
      events.map(({ uid, start, end, title, description }) => ({ uid, start, end, title, description })),
    );
  });

  it("reads back the organizer's name and address", () => {
    const ics = buildIcs({ ...event, organizer: { name: "Consultant, K. ^2", email: "hello@ko.example" } }, "REQUEST");
    const organizer = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")?.getFirstProperty("organizer");
    expect(organizer?.getParameter("cn")).toBe("Consultant, K. ^2");
    expect(organizer?.getFirstValue()).toBe("mailto:hello@ko.example");
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { busyTimesFromIcs, CalendarParseError } from "@/lib/calendars/busy-times";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../fixtures/calendars", name), "utf8");
const google = fixture("google-weekly.ics");
const outlook = fixture("outlook-dst.ics");
const icloud = fixture("icloud-allday-multiday.ics");

/** Busy intervals as "start..end" ISO strings, so a failure shows every instant at once. */
function busy(text: string, from: string, to: string, timeZone = "America/New_York"): string[] {
  const reading = busyTimesFromIcs(text, { from: new Date(from), to: new Date(to) }, timeZone);
  return reading.busy.map((b) => `${b.start.toISOString()}..${b.end.toISOString()}`);
}

/** One calendar object as a CalDAV server (Nextcloud here) returns it, CRLF line endings, no VTIMEZONE unless given. */
function caldav(...lines: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IDN nextcloud.com//Calendar app 4.7.2//EN", "CALSCALE:GREGORIAN", ...lines, "END:VCALENDAR", ""].join("\r\n");
}

function vevent(uid: string, ...lines: string[]): string[] {
  return ["BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20260101T000000Z", ...lines, "END:VEVENT"];
}

describe("a Google Calendar subscription", () => {
  // The weekly sync is Tuesdays 10:00–11:00 America/New_York; until 8 March that is EST (UTC-5), so 15:00Z.
  it("counts every VEVENT in the file, masters and overrides alike", () => {
    expect(busyTimesFromIcs(google, { from: new Date("2026-01-01Z"), to: new Date("2027-01-01Z") }, "America/New_York").eventsRead).toBe(7);
  });

  it("a weekly meeting is busy every week except the one deleted (EXDATE) and the one moved away", () => {
    // February in New York: 1 Feb 00:00 EST (05:00Z) to 1 Mar 00:00 EST.
    expect(busy(google, "2026-02-01T05:00:00Z", "2026-03-01T05:00:00Z")).toEqual([
      "2026-02-03T15:00:00.000Z..2026-02-03T16:00:00.000Z",
      "2026-02-10T15:00:00.000Z..2026-02-10T16:00:00.000Z",
      // 17 Feb is an EXDATE; 24 Feb was moved to Thursday 26 Feb 14:00–15:00 EST = 19:00Z.
      "2026-02-26T19:00:00.000Z..2026-02-26T20:00:00.000Z",
      // Not busy: the cancelled intro call (11 Feb) and the transparent reading block (12 Feb).
    ]);
  });

  it("a weekly meeting that was moved one week is busy at its new time, not its old one", () => {
    // A window holding only the original Tuesday 24 Feb: the occurrence moved out of it, nothing is busy.
    expect(busy(google, "2026-02-23T05:00:00Z", "2026-02-25T05:00:00Z")).toEqual([]);
    // A window holding only the new Thursday: the override moved into it is busy (RECURRENCE-ID is outside).
    expect(busy(google, "2026-02-25T05:00:00Z", "2026-03-01T05:00:00Z")).toEqual([
      "2026-02-26T19:00:00.000Z..2026-02-26T20:00:00.000Z",
    ]);
  });

  it("a weekly meeting keeps its 10:00 New York time across the March clock change, and a cancelled occurrence is free", () => {
    expect(busy(google, "2026-03-01T05:00:00Z", "2026-03-22T04:00:00Z")).toEqual([
      "2026-03-03T15:00:00.000Z..2026-03-03T16:00:00.000Z", // 10:00 EST = 15:00Z
      // 10 March: override with STATUS:CANCELLED, so free.
      "2026-03-17T14:00:00.000Z..2026-03-17T15:00:00.000Z", // after 8 March: 10:00 EDT = 14:00Z
    ]);
  });

  it("an invitation in a zone the file has no VTIMEZONE for (Europe/London, as Google writes it) uses that zone's rules", () => {
    // 30 March is the day after the UK goes to BST (29 March), so 09:00 London = 08:00Z, not 09:00Z.
    expect(busy(google, "2026-03-29T04:00:00Z", "2026-03-31T04:00:00Z")).toEqual(["2026-03-30T08:00:00.000Z..2026-03-30T09:00:00.000Z"]);
  });

  it("the same calendar without its VTIMEZONE block gives the same busy times, read from the IANA name America/New_York", () => {
    const withoutZones = google.replace(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r\n/g, "");
    expect(withoutZones).not.toContain("VTIMEZONE");
    const expected = [
      "2026-02-03T15:00:00.000Z..2026-02-03T16:00:00.000Z",
      "2026-02-10T15:00:00.000Z..2026-02-10T16:00:00.000Z",
      "2026-02-26T19:00:00.000Z..2026-02-26T20:00:00.000Z",
      "2026-03-03T15:00:00.000Z..2026-03-03T16:00:00.000Z",
      "2026-03-17T14:00:00.000Z..2026-03-17T15:00:00.000Z",
      "2026-03-24T14:00:00.000Z..2026-03-24T15:00:00.000Z",
      "2026-03-30T08:00:00.000Z..2026-03-30T09:00:00.000Z",
      "2026-03-31T14:00:00.000Z..2026-03-31T15:00:00.000Z",
    ];
    expect(busy(google, "2026-02-01T05:00:00Z", "2026-04-01T04:00:00Z")).toEqual(expected);
    expect(busy(withoutZones, "2026-02-01T05:00:00Z", "2026-04-01T04:00:00Z")).toEqual(expected);
  });

  it("an all-day holiday blocks the whole day in the consultant's zone, alongside the weekly meeting that week", () => {
    expect(busy(google, "2026-12-20T05:00:00Z", "2026-12-27T05:00:00Z")).toEqual([
      "2026-12-22T15:00:00.000Z..2026-12-22T16:00:00.000Z", // Tuesday sync, 10:00 EST
      "2026-12-24T05:00:00.000Z..2026-12-25T05:00:00.000Z", // 24 Dec 00:00 EST to 25 Dec 00:00 EST
    ]);
  });
});

describe("an Outlook (Exchange) calendar with Windows zone names", () => {
  // "W. Europe Standard Time" is only known through its VTIMEZONE: CET (UTC+1), CEST (UTC+2) from 29 March to 25 October.
  it("a Berlin stand-up at 09:00 moves an hour earlier in UTC when Europe changes clocks in March", () => {
    expect(busy(outlook, "2026-03-15T04:00:00Z", "2026-04-01T04:00:00Z")).toEqual([
      "2026-03-16T08:00:00.000Z..2026-03-16T08:30:00.000Z", // 09:00 CET
      "2026-03-23T08:00:00.000Z..2026-03-23T08:30:00.000Z", // 09:00 CET, though New York is already on EDT
      "2026-03-30T07:00:00.000Z..2026-03-30T07:30:00.000Z", // 09:00 CEST
      // 17 March lunch is X-MICROSOFT-CDO-BUSYSTATUS:FREE (with TRANSP:OPAQUE): not busy.
    ]);
  });

  it("a stand-up deleted for Easter Monday is free and one moved later that week is busy at 10:30 Berlin time", () => {
    expect(busy(outlook, "2026-04-05T04:00:00Z", "2026-04-15T04:00:00Z")).toEqual([
      "2026-04-13T08:30:00.000Z..2026-04-13T09:00:00.000Z", // 10:30–11:00 CEST
    ]);
  });

  it("the stand-up moves back an hour in UTC after Europe's October change, a week before New York's", () => {
    expect(busy(outlook, "2026-10-18T04:00:00Z", "2026-10-28T04:00:00Z")).toEqual([
      "2026-10-19T07:00:00.000Z..2026-10-19T07:30:00.000Z", // 09:00 CEST
      "2026-10-22T20:00:00.000Z..2026-10-22T21:00:00.000Z", // Boston planning 16:00 EDT
      "2026-10-26T08:00:00.000Z..2026-10-26T08:30:00.000Z", // 09:00 CET (Europe changed on 25 Oct)
    ]);
  });

  it("an Eastern-time series and an overnight event keep their wall times across the US November change", () => {
    expect(busy(outlook, "2026-10-28T04:00:00Z", "2026-11-07T05:00:00Z")).toEqual([
      "2026-10-29T20:00:00.000Z..2026-10-29T21:00:00.000Z", // 16:00 EDT
      // 31 Oct 22:00 EDT (02:00Z) to 1 Nov 06:00 EST (11:00Z): nine hours, as the night had one more.
      "2026-11-01T02:00:00.000Z..2026-11-01T11:00:00.000Z",
      "2026-11-02T08:00:00.000Z..2026-11-02T08:30:00.000Z", // Berlin stand-up, 09:00 CET
      "2026-11-05T21:00:00.000Z..2026-11-05T22:00:00.000Z", // 16:00 EST; COUNT=3 ends the series here
    ]);
  });

  it("a series ends at its UNTIL, inclusive", () => {
    // UNTIL=20261109T080000Z is exactly the 9 November occurrence (09:00 CET); 16 November is past it.
    expect(busy(outlook, "2026-11-08T05:00:00Z", "2026-11-20T05:00:00Z")).toEqual(["2026-11-09T08:00:00.000Z..2026-11-09T08:30:00.000Z"]);
  });

  it("counts five VEVENTs", () => {
    expect(busyTimesFromIcs(outlook, { from: new Date("2026-01-01Z"), to: new Date("2026-01-02Z") }, "America/New_York").eventsRead).toBe(5);
  });
});

describe("an iCloud calendar with all-day, floating and overnight events", () => {
  it("a four-day conference blocks from the first day's midnight to the day after the last, across the November change", () => {
    // 30 Oct–2 Nov (DTEND 3 Nov is exclusive): 30 Oct 00:00 EDT = 04:00Z to 3 Nov 00:00 EST = 05:00Z.
    expect(busy(icloud, "2026-10-25T04:00:00Z", "2026-11-08T05:00:00Z")).toEqual(["2026-10-30T04:00:00.000Z..2026-11-03T05:00:00.000Z"]);
  });

  it("floating times follow the consultant's clock across the March change; zoned ones keep their own zone", () => {
    expect(busy(icloud, "2026-03-01T05:00:00Z", "2026-03-31T04:00:00Z")).toEqual([
      // Morning run 08:00 floating: 7 March EST (13:00Z), then EDT from 8 March (12:00Z).
      "2026-03-07T13:00:00.000Z..2026-03-07T14:00:00.000Z",
      "2026-03-08T12:00:00.000Z..2026-03-08T13:00:00.000Z",
      "2026-03-09T12:00:00.000Z..2026-03-09T13:00:00.000Z",
      // Dinner 19:00–21:00 floating, EDT: ends after midnight UTC.
      "2026-03-12T23:00:00.000Z..2026-03-13T01:00:00.000Z",
      // Late show 14 Mar 22:30 to 15 Mar 01:30 EDT: crosses midnight.
      "2026-03-15T02:30:00.000Z..2026-03-15T05:30:00.000Z",
      // Flight 21:30 EDT (01:30Z) to 00:30 PDT in Los Angeles (07:30Z): DTSTART and DTEND in different zones.
      "2026-03-21T01:30:00.000Z..2026-03-21T07:30:00.000Z",
      // Dad's birthday (16 March, all-day, TRANSP:TRANSPARENT) is free.
    ]);
  });

  it("for a consultant in India, floating and all-day times are read on Asia/Kolkata (UTC+5:30), zoned ones are not", () => {
    expect(busy(icloud, "2026-03-01T00:00:00Z", "2026-03-31T00:00:00Z", "Asia/Kolkata")).toEqual([
      "2026-03-07T02:30:00.000Z..2026-03-07T03:30:00.000Z", // 08:00 IST, no DST in India
      "2026-03-08T02:30:00.000Z..2026-03-08T03:30:00.000Z",
      "2026-03-09T02:30:00.000Z..2026-03-09T03:30:00.000Z",
      "2026-03-12T13:30:00.000Z..2026-03-12T15:30:00.000Z", // 19:00 IST
      "2026-03-15T02:30:00.000Z..2026-03-15T05:30:00.000Z", // New York time, unchanged
      "2026-03-21T01:30:00.000Z..2026-03-21T07:30:00.000Z",
    ]);
    // 30 Oct 00:00 IST = 29 Oct 18:30Z, to 3 Nov 00:00 IST = 2 Nov 18:30Z.
    expect(busy(icloud, "2026-10-25T00:00:00Z", "2026-11-08T00:00:00Z", "Asia/Kolkata")).toEqual([
      "2026-10-29T18:30:00.000Z..2026-11-02T18:30:00.000Z",
    ]);
    // Google's all-day holiday on 24 Dec: 23 Dec 18:30Z to 24 Dec 18:30Z.
    expect(busy(google, "2026-12-23T00:00:00Z", "2026-12-26T00:00:00Z", "Asia/Kolkata")).toEqual([
      "2026-12-23T18:30:00.000Z..2026-12-24T18:30:00.000Z",
    ]);
  });

  it("counts six VEVENTs", () => {
    expect(busyTimesFromIcs(icloud, { from: new Date("2026-01-01Z"), to: new Date("2026-01-02Z") }, "America/New_York").eventsRead).toBe(6);
  });
});

describe("events as a CalDAV server returns them", () => {
  it("an event with DURATION in hours lasts exactly that long, even over the night the clocks go back", () => {
    const text = caldav(...vevent("dur-hours", "DTSTART;TZID=America/New_York:20261031T230000", "DURATION:PT8H", "SUMMARY:Night shift"));
    // 23:00 EDT = 03:00Z; eight real hours later is 11:00Z (06:00 EST on the wall).
    expect(busy(text, "2026-10-31T00:00:00Z", "2026-11-02T00:00:00Z")).toEqual(["2026-11-01T03:00:00.000Z..2026-11-01T11:00:00.000Z"]);
  });

  it("an event with DURATION of a day ends at the same wall time next day, 25 hours later over the November change", () => {
    const text = caldav(...vevent("dur-day", "DTSTART;TZID=America/New_York:20261031T120000", "DURATION:P1D", "SUMMARY:Offsite"));
    // 31 Oct 12:00 EDT = 16:00Z to 1 Nov 12:00 EST = 17:00Z.
    expect(busy(text, "2026-10-31T00:00:00Z", "2026-11-02T00:00:00Z")).toEqual(["2026-10-31T16:00:00.000Z..2026-11-01T17:00:00.000Z"]);
  });

  it("an all-day event with no DTEND is busy for one day; a timed event with no DTEND or DURATION takes no time", () => {
    const allDay = caldav(...vevent("one-day", "DTSTART;VALUE=DATE:20260704", "SUMMARY:Independence Day"));
    expect(busy(allDay, "2026-07-01T00:00:00Z", "2026-07-08T00:00:00Z")).toEqual(["2026-07-04T04:00:00.000Z..2026-07-05T04:00:00.000Z"]); // EDT days
    const instant = caldav(...vevent("no-length", "DTSTART:20260704T150000Z", "SUMMARY:Reminder"));
    expect(busy(instant, "2026-07-01T00:00:00Z", "2026-07-08T00:00:00Z")).toEqual([]);
  });

  it("a floating time the clocks skip starts when the clocks resume; one they repeat is the earlier of the two", () => {
    // 8 March 02:30 does not exist in New York: clocks jump from 02:00 EST to 03:00 EDT (07:00Z); 03:30 EDT = 07:30Z.
    const skipped = caldav(...vevent("gap", "DTSTART:20260308T023000", "DTEND:20260308T033000"));
    expect(busy(skipped, "2026-03-07T00:00:00Z", "2026-03-09T00:00:00Z")).toEqual(["2026-03-08T07:00:00.000Z..2026-03-08T07:30:00.000Z"]);
    // 1 November 01:30 happens twice: first at 01:30 EDT (05:30Z); 02:30 is EST (07:30Z).
    const repeated = caldav(...vevent("overlap", "DTSTART:20261101T013000", "DTEND:20261101T023000"));
    expect(busy(repeated, "2026-10-31T00:00:00Z", "2026-11-02T00:00:00Z")).toEqual(["2026-11-01T05:30:00.000Z..2026-11-01T07:30:00.000Z"]);
  });

  it("a single occurrence someone was invited to (an override with no series in the file) is busy", () => {
    const text = caldav(
      ...vevent(
        "invited-once@google.com",
        "RECURRENCE-ID;TZID=America/New_York:20260415T090000",
        "DTSTART;TZID=America/New_York:20260415T090000",
        "DTEND;TZID=America/New_York:20260415T100000",
      ),
    );
    expect(busy(text, "2026-04-14T00:00:00Z", "2026-04-16T00:00:00Z")).toEqual(["2026-04-15T13:00:00.000Z..2026-04-15T14:00:00.000Z"]); // EDT
  });

  it("a 'this and following' change moves every later occurrence of a series", () => {
    const text = caldav(
      ...vevent("range", "DTSTART:20260302T100000Z", "DTEND:20260302T110000Z", "RRULE:FREQ=WEEKLY;COUNT=4"),
      ...vevent("range", "RECURRENCE-ID;RANGE=THISANDFUTURE:20260316T100000Z", "DTSTART:20260316T110000Z", "DTEND:20260316T113000Z"),
    );
    expect(busy(text, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z")).toEqual([
      "2026-03-02T10:00:00.000Z..2026-03-02T11:00:00.000Z",
      "2026-03-09T10:00:00.000Z..2026-03-09T11:00:00.000Z",
      "2026-03-16T11:00:00.000Z..2026-03-16T11:30:00.000Z",
      "2026-03-23T11:00:00.000Z..2026-03-23T11:30:00.000Z",
    ]);
  });

  it("back-to-back meetings merge into one busy interval, and the window is half-open", () => {
    const text = caldav(
      ...vevent("a", "DTSTART:20260601T100000Z", "DTEND:20260601T110000Z"),
      ...vevent("b", "DTSTART:20260601T110000Z", "DTEND:20260601T120000Z"),
      ...vevent("c", "DTSTART:20260601T150000Z", "DTEND:20260601T160000Z"),
    );
    expect(busy(text, "2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")).toEqual([
      "2026-06-01T10:00:00.000Z..2026-06-01T12:00:00.000Z",
      "2026-06-01T15:00:00.000Z..2026-06-01T16:00:00.000Z",
    ]);
    // An event ending exactly at window.from, or starting exactly at window.to, does not overlap it.
    expect(busy(text, "2026-06-01T12:00:00Z", "2026-06-01T15:00:00Z")).toEqual([]);
    // An event overlapping the window keeps its whole extent (b from 11:00, not 11:30); a, wholly before it, is left out.
    expect(busy(text, "2026-06-01T11:30:00Z", "2026-06-01T15:00:00Z")).toEqual(["2026-06-01T11:00:00.000Z..2026-06-01T12:00:00.000Z"]);
  });

  it("a daily stand-up that began in 2004 is still busy in 2026", () => {
    const text = caldav(
      ...vevent("old-daily", "DTSTART;TZID=America/New_York:20040105T091500", "DTEND;TZID=America/New_York:20040105T093000", "RRULE:FREQ=DAILY"),
    );
    // 09:15 EDT = 13:15Z; some 8,200 occurrences in.
    expect(busy(text, "2026-06-01T04:00:00Z", "2026-06-03T04:00:00Z")).toEqual([
      "2026-06-01T13:15:00.000Z..2026-06-01T13:30:00.000Z",
      "2026-06-02T13:15:00.000Z..2026-06-02T13:30:00.000Z",
    ]);
  });

  it("a calendar with no events is read as free", () => {
    const empty = caldav("X-WR-CALNAME:Nothing yet");
    expect(busyTimesFromIcs(empty, { from: new Date("2026-01-01Z"), to: new Date("2027-01-01Z") }, "America/New_York")).toEqual({
      busy: [],
      eventsRead: 0,
    });
  });
});

describe("abusive or broken input", () => {
  it("an endless every-second rule is cut off instead of looping forever", () => {
    const started = performance.now();
    const old = caldav(...vevent("spam-old", "DTSTART:20200101T000000Z", "DTEND:20200101T000001Z", "RRULE:FREQ=SECONDLY"));
    expect(busy(old, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")).toEqual([]);
    const current = caldav(...vevent("spam-now", "DTSTART:20260105T090000Z", "DTEND:20260105T090001Z", "RRULE:FREQ=SECONDLY"));
    const reading = busyTimesFromIcs(current, { from: new Date("2026-01-01Z"), to: new Date("2026-02-01Z") }, "America/New_York");
    // Back-to-back seconds merge into one interval that stops long before the window does.
    expect(reading.busy).toHaveLength(1);
    expect(reading.busy[0]!.start.toISOString()).toBe("2026-01-05T09:00:00.000Z");
    expect(reading.busy[0]!.end.getTime()).toBeLessThan(Date.parse("2026-01-06T09:00:00Z"));
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("the number of busy intervals is capped at 20,000", () => {
    // Three series of 20-second events every three minutes, offset by a minute so none touch.
    const series = (uid: string, minute: string) =>
      vevent(uid, `DTSTART:20260101T00${minute}00Z`, `DTEND:20260101T00${minute}20Z`, "RRULE:FREQ=MINUTELY;INTERVAL=3");
    const text = caldav(...series("a", "00"), ...series("b", "01"), ...series("c", "02"));
    const reading = busyTimesFromIcs(text, { from: new Date("2026-01-01Z"), to: new Date("2026-03-01Z") }, "UTC");
    expect(reading.busy).toHaveLength(20_000);
    expect(reading.eventsRead).toBe(3);
  });

  it.each([
    ["an empty string", "", /empty/],
    ["an HTML error page", "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head></html>", /not an iCalendar file.*web page/],
    ["a JSON error", '{"error":{"code":401,"message":"Login Required."}}', /not an iCalendar file.*JSON/],
    ["plain text", "Service Unavailable", /should start with BEGIN:VCALENDAR/],
    ["a download cut off half way", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026", /END:VCALENDAR is missing/],
    ["a calendar with a garbled line", "BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n", /not valid iCalendar/],
  ])("%s is rejected with a plain CalendarParseError", (_, text, message) => {
    const read = () => busyTimesFromIcs(text, { from: new Date("2026-01-01Z"), to: new Date("2026-02-01Z") }, "America/New_York");
    expect(read).toThrow(CalendarParseError);
    expect(read).toThrow(message);
    try {
      read();
    } catch (error) {
      expect((error as Error).name).toBe("CalendarParseError");
      expect((error as Error).message).not.toMatch(/\n|\bat \w+ \(/);
    }
  });
});

import { describe, expect, it } from "vitest";
import { formatAdminDateTime, relativeDayLabel } from "@/lib/admin/admin-dates";
import { bookingListItem, founderTime, matchesSearch, messagePreview, searchQuery, SEARCH_MAX_LENGTH } from "@/lib/admin/booking-list";
import { feedSubscribeLinks } from "@/lib/admin/feed-links";
import { outboxKindLabel } from "@/lib/admin/outbox-kinds";
import { booking, settings } from "./admin-fixtures";

// Intl writes ranges with thin and narrow no-break spaces; the expectations are written with plain ones.
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u2009\u202f]/g, " "));

describe("dates in the admin", () => {
  it("are written out in the long form, on the consultant's clock", () => {
    const instant = new Date("2026-11-29T08:35:38Z");
    expect(formatAdminDateTime(instant, "America/New_York")).toBe("Sunday, November 29, 2026, 3:35 AM");
    expect(formatAdminDateTime(instant, "Europe/Berlin")).toBe("Sunday, November 29, 2026, 9:35 AM");
    expect(formatAdminDateTime(instant, "Pacific/Auckland")).toBe("Sunday, November 29, 2026, 9:35 PM");
  });

  it("say Today and Tomorrow by the consultant's calendar, not UTC's", () => {
    // 23:30 on Monday 1 June in New York is already Tuesday in UTC.
    const now = new Date("2026-06-02T03:30:00Z");
    const zone = "America/New_York";
    expect(relativeDayLabel(new Date("2026-06-02T03:45:00Z"), now, zone)).toBe("Today");
    expect(relativeDayLabel(new Date("2026-06-01T04:00:00Z"), now, zone)).toBe("Today"); // 00:00 Monday
    expect(relativeDayLabel(new Date("2026-06-02T04:00:00Z"), now, zone)).toBe("Tomorrow"); // 00:00 Tuesday
    expect(relativeDayLabel(new Date("2026-06-03T03:59:00Z"), now, zone)).toBe("Tomorrow"); // 23:59 Tuesday
    expect(relativeDayLabel(new Date("2026-06-03T04:00:00Z"), now, zone)).toBeUndefined(); // Wednesday
    expect(relativeDayLabel(new Date("2026-06-01T03:59:00Z"), now, zone)).toBeUndefined(); // Sunday
    // The same instants in Berlin: Tuesday is today there.
    expect(relativeDayLabel(new Date("2026-06-02T04:00:00Z"), now, "Europe/Berlin")).toBe("Today");
  });

  it("count a day by the calendar across a change of the clocks", () => {
    // Saturday 28 March 2026, 12:00 in Berlin; the clocks go forward that night, so tomorrow has 23 hours.
    const now = new Date("2026-03-28T11:00:00Z");
    expect(relativeDayLabel(new Date("2026-03-29T21:30:00Z"), now, "Europe/Berlin")).toBe("Tomorrow"); // 23:30 Sunday
    expect(relativeDayLabel(new Date("2026-03-29T22:00:00Z"), now, "Europe/Berlin")).toBeUndefined(); // 00:00 Monday
  });
});

describe("the bookings list's search", () => {
  it("reads ?q= trimmed, and nothing from an empty one or a parameter given twice", () => {
    expect(searchQuery("  ada@Analytical  ")).toBe("ada@Analytical");
    for (const value of [undefined, "", "   ", ["ada", "grace"], 42]) expect(searchQuery(value)).toBeUndefined();
    expect(searchQuery("x".repeat(SEARCH_MAX_LENGTH + 50))).toHaveLength(SEARCH_MAX_LENGTH);
  });

  it("finds the name, email or company in any letter case", () => {
    const ada = booking();
    for (const query of ["ada", "LOVELACE", "analytical.EXAMPLE", "engines", "Ada Lovelace"]) expect(matchesSearch(ada, query)).toBe(true);
    expect(matchesSearch(ada, "grace")).toBe(false);
    expect(matchesSearch(booking({ company: null }), "engines")).toBe(false);
    expect(matchesSearch(booking({ name: "Jürgen Müller" }), "MÜLLER")).toBe(true);
  });

  it("matches %, _, quotes and backslashes as themselves, never as wildcards", () => {
    const odd = booking({ name: `O'Brien "100%" 50_50 C:\\path`, company: null });
    for (const query of ["'", `"100%"`, "50_50", "100%", "\\path"]) expect(matchesSearch(odd, query)).toBe(true);
    const plain = booking({ name: "Ada Lovelace", email: "ada@example.com", company: "A1000 Ltd" });
    for (const query of ["%", "_", "a%e", "a_a", "'", '"', "\\"]) expect(matchesSearch(plain, query)).toBe(false);
  });
});

describe("a booking in the list", () => {
  const now = new Date("2026-06-03T05:00:00Z"); // 07:00 on Wednesday 3 June in Berlin

  it("reads at a glance: the day, both clocks, a line of the message, the signals and where they came from", () => {
    const [first, second] = settings.form.readinessSignals;
    const item = bookingListItem(booking(), { ...settings, timeZone: "Europe/Berlin" }, now);
    expect(plain(item)).toEqual({
      id: "b-1",
      day: "Today",
      when: "Wednesday, June 3, 2026, 9:00 – 9:30 AM",
      theirTime: "12:30 – 1:00 PM their time (Kolkata, India)",
      name: "Ada Lovelace",
      email: "ada@analytical.example",
      company: "Analytical Engines",
      engagement: settings.form.engagements[0]!.label,
      preview: "Month-end close takes a week.",
      signals: [first!.label, second!.label],
      source: "/notes/what-ai-operations-actually-means",
      status: "Booked",
    });
  });

  it("leaves out what the founder did not give, and the founder's clock when it reads the same", () => {
    const item = bookingListItem(
      booking({ company: null, message: null, readiness: [], engagement: null, source: null, timeZone: "Europe/Paris", start: new Date("2026-06-10T07:00:00Z"), end: new Date("2026-06-10T07:30:00Z") }),
      { ...settings, timeZone: "Europe/Berlin" },
      now,
    );
    expect(plain(item)).toEqual({ id: "b-1", when: "Wednesday, June 10, 2026, 9:00 – 9:30 AM", name: "Ada Lovelace", email: "ada@analytical.example", signals: [], status: "Booked" });
  });

  it("names the founder's day when it is another one there", () => {
    const slot = { start: new Date("2026-06-03T22:00:00Z"), end: new Date("2026-06-03T22:30:00Z") };
    expect(plain(founderTime(slot, "Asia/Tokyo", "America/New_York"))).toBe("Thursday, June 4, 7:00 – 7:30 AM their time (Tokyo, Japan)");
    expect(founderTime(slot, "America/New_York", "America/New_York")).toBeUndefined();
    expect(founderTime(slot, "Not/A_Zone", "America/New_York")).toBeUndefined();
  });

  it("shows the message on one line, cut with an ellipsis", () => {
    expect(messagePreview("  First line.\n\n  Second\tline.  ")).toBe("First line. Second line.");
    expect(messagePreview(null)).toBeUndefined();
    expect(messagePreview(" \n ")).toBeUndefined();
    expect(messagePreview("abcdef", 6)).toBe("abcdef");
    expect(messagePreview("abcdefg", 6)).toBe("abcde…");
    expect(messagePreview("a b c d e", 5)).toBe("a b…");
    // Never half a character.
    expect(messagePreview("😀😀😀😀😀😀😀", 4)).toBe("😀😀😀…");
  });
});

describe("the outbox's names for its emails", () => {
  it("names every kind the site sends in words", () => {
    expect(outboxKindLabel("founder-confirmation")).toBe("Confirmation to the founder");
    expect(outboxKindLabel("founder-reminder")).toBe("Reminder to the founder");
    expect(outboxKindLabel("founder-cancelled")).toBe("Cancellation to the founder");
    expect(outboxKindLabel("consultant-new-booking")).toBe("New booking (to you)");
    expect(outboxKindLabel("consultant-calendar-failing")).toBe("Calendar can’t be read (to you)");
    for (const kind of ["founder-already-booked", "founder-moved", "consultant-moved", "consultant-cancelled"]) {
      expect(outboxKindLabel(kind)).not.toBe(kind);
    }
  });

  it("shows a kind it does not know as itself, and a key every object has as itself too", () => {
    expect(outboxKindLabel("newsletter-issue")).toBe("newsletter-issue");
    for (const key of ["__proto__", "constructor", "toString"]) expect(outboxKindLabel(key)).toBe(key);
  });
});

describe("the calendar feed's subscribe links", () => {
  it("give Apple the webcal:// address and Google the same, encoded", () => {
    const links = feedSubscribeLinks("https://ko.example/calendar/abc-_123.ics");
    expect(links.apple).toBe("webcal://ko.example/calendar/abc-_123.ics");
    expect(links.google).toBe("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fko.example%2Fcalendar%2Fabc-_123.ics");
    expect(feedSubscribeLinks("http://localhost:3000/calendar/x.ics").apple).toBe("webcal://localhost:3000/calendar/x.ics");
  });
});

import { describe, expect, it } from "vitest";
import { calendarCells, countOfTimes, groupByPartOfDay, groupSlotsByDay, nightNote, partOfDay } from "@/lib/booking/slot-display";

const slot = (iso: string) => ({ start: new Date(iso), end: new Date(new Date(iso).getTime() + 30 * 60_000) });

describe("the days as a calendar", () => {
  it("puts the first day under its weekday, Monday first, and every date up to the last day in its column", () => {
    // 2026-12-02 is a Wednesday; the 5th and 6th (the weekend) have no free times.
    const cells = calendarCells(["2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"]);
    expect(cells).toEqual([
      { kind: "blank" },
      { kind: "blank" },
      { kind: "open", date: "2026-12-02" },
      { kind: "open", date: "2026-12-03" },
      { kind: "open", date: "2026-12-04" },
      { kind: "closed", date: "2026-12-05" },
      { kind: "closed", date: "2026-12-06" },
      { kind: "open", date: "2026-12-07" },
    ]);
    // The Monday lands in the first column of the second row.
    expect(cells.indexOf(cells.find((c) => c.kind === "open" && c.date === "2026-12-07")!) % 7).toBe(0);
  });

  it("starts a Monday in the first column and a Sunday in the last, across a month's end", () => {
    expect(calendarCells(["2026-11-30"])).toEqual([{ kind: "open", date: "2026-11-30" }]);
    const sunday = calendarCells(["2026-11-29", "2026-12-01"]);
    expect(sunday.slice(0, 6).every((c) => c.kind === "blank")).toBe(true);
    expect(sunday.slice(6)).toEqual([
      { kind: "open", date: "2026-11-29" },
      { kind: "closed", date: "2026-11-30" },
      { kind: "open", date: "2026-12-01" },
    ]);
    expect(calendarCells([])).toEqual([]);
  });

  it("counts a day's times", () => {
    expect(countOfTimes(1)).toBe("1 time");
    expect(countOfTimes(5)).toBe("5 times");
  });
});

describe("a day's times by part of the day", () => {
  it("is night before 05:00, morning until noon, afternoon until 16:59, evening from 17:00", () => {
    expect(partOfDay(0)).toBe("Night");
    expect(partOfDay(4 * 60 + 59)).toBe("Night");
    expect(partOfDay(5 * 60)).toBe("Morning");
    expect(partOfDay(11 * 60 + 59)).toBe("Morning");
    expect(partOfDay(12 * 60)).toBe("Afternoon");
    expect(partOfDay(16 * 60 + 59)).toBe("Afternoon");
    expect(partOfDay(17 * 60)).toBe("Evening");
    expect(partOfDay(23 * 60 + 30)).toBe("Evening");
  });

  it("groups on the visitor's clock, in order, leaving out empty parts", () => {
    // 9:00 and 10:30 in New York are 19:30 and 21:00 in Kolkata; 13:00 UTC is 18:30 there.
    const [day] = groupSlotsByDay([slot("2026-12-01T13:00:00Z"), slot("2026-12-01T14:00:00Z"), slot("2026-12-01T15:30:00Z")], "Asia/Kolkata");
    expect(day!.slots.map((s) => s.minutes)).toEqual([18 * 60 + 30, 19 * 60 + 30, 21 * 60]);
    expect(groupByPartOfDay(day!.slots).map((g) => [g.part, g.slots.map((s) => s.label)])).toEqual([["Evening", ["6:30 PM", "7:30 PM", "9:00 PM"]]]);
    const [nyDay] = groupSlotsByDay([slot("2026-12-01T14:00:00Z"), slot("2026-12-01T17:00:00Z"), slot("2026-12-01T22:00:00Z")], "America/New_York");
    expect(groupByPartOfDay(nyDay!.slots).map((g) => [g.part, g.slots.length])).toEqual([
      ["Morning", 1],
      ["Afternoon", 1],
      ["Evening", 1],
    ]);
    // 14:00 in New York is half past midnight in Kolkata: a night time, not a morning one.
    const [kolkataNight] = groupSlotsByDay([slot("2026-12-01T19:00:00Z"), slot("2026-12-02T03:30:00Z")], "Asia/Kolkata");
    expect(groupByPartOfDay(kolkataNight!.slots).map((g) => [g.part, g.slots.map((s) => s.label)])).toEqual([
      ["Night", ["12:30 AM"]],
      ["Morning", ["9:00 AM"]],
    ]);
  });

  it("marks times at night for the visitor", () => {
    expect(nightNote(21 * 60 + 59)).toBeUndefined();
    expect(nightNote(22 * 60)).toBe("late at night for you");
    expect(nightNote(0)).toBe("late at night for you");
    expect(nightNote(2 * 60 + 59)).toBe("late at night for you");
    expect(nightNote(3 * 60)).toBe("early morning for you");
    expect(nightNote(6 * 60 + 59)).toBe("early morning for you");
    expect(nightNote(7 * 60)).toBeUndefined();
    expect(nightNote(12 * 60)).toBeUndefined();
  });
});

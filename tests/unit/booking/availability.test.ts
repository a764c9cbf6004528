import { describe, expect, it } from "vitest";
import { computeAvailableSlots, isSlotOffered, nearestAvailableSlots } from "@/lib/booking/availability";
import { groupSlotsByDay } from "@/lib/booking/slot-display";
import { startOfDay } from "@/lib/time/zoned-time";
import { at, rulesIn, starts } from "./rules";

const LONG_AGO = at("2026-01-01T00:00:00Z");

/** The slots of one UTC day, as ISO strings. */
function slotsOn(rules: ReturnType<typeof rulesIn>, day: string, now = LONG_AGO) {
  return starts(computeAvailableSlots(rules, [], now, at(`${day}T00:00:00Z`), at(`${day}T23:59:59Z`)));
}

const sundayNights = (timeZone: string, range: { start: number; end: number }) =>
  rulesIn(timeZone, { weeklyHours: { ...rulesIn(timeZone).weeklyHours, sunday: [range] } });

describe("a founder sees the consultant's office hours as free slots", () => {
  it("offers every half hour of a working day, both ranges, and nothing at lunch or after hours", () => {
    const slots = slotsOn(rulesIn("UTC"), "2026-06-02");
    expect(slots).toHaveLength(14);
    expect(slots[0]).toBe("2026-06-02T09:00:00.000Z");
    expect(slots[5]).toBe("2026-06-02T11:30:00.000Z");
    expect(slots[6]).toBe("2026-06-02T13:00:00.000Z");
    expect(slots.at(-1)).toBe("2026-06-02T16:30:00.000Z");
  });

  it("offers nothing on a weekend or on a date off", () => {
    expect(slotsOn(rulesIn("UTC"), "2026-06-06")).toEqual([]);
    expect(slotsOn(rulesIn("UTC", { datesOff: ["2026-06-02"] }), "2026-06-02")).toEqual([]);
  });

  it("every slot is 30 minutes long", () => {
    for (const slot of computeAvailableSlots(rulesIn("Europe/Berlin"), [], LONG_AGO, at("2026-06-01T00:00Z"), at("2026-06-08T00:00Z"))) {
      expect(slot.end.getTime() - slot.start.getTime()).toBe(30 * 60_000);
    }
  });
});

describe("America/New_York across its 2026 daylight-saving changes", () => {
  const rules = rulesIn("America/New_York");

  it("moves the first slot from 14:00 UTC (EST) to 13:00 UTC (EDT) across 8 March", () => {
    expect(slotsOn(rules, "2026-03-06")[0]).toBe("2026-03-06T14:00:00.000Z");
    expect(slotsOn(rules, "2026-03-09")[0]).toBe("2026-03-09T13:00:00.000Z");
  });

  it("moves it back to 14:00 UTC across 1 November", () => {
    expect(slotsOn(rules, "2026-10-30")[0]).toBe("2026-10-30T13:00:00.000Z");
    expect(slotsOn(rules, "2026-11-02")[0]).toBe("2026-11-02T14:00:00.000Z");
  });

  it("never offers 02:00 or 02:30 on 8 March, which the clocks skip", () => {
    const night = sundayNights("America/New_York", { start: 60, end: 240 });
    // 01:00 and 01:30 EST, then 03:00 and 03:30 EDT.
    expect(slotsOn(night, "2026-03-08")).toEqual([
      "2026-03-08T06:00:00.000Z",
      "2026-03-08T06:30:00.000Z",
      "2026-03-08T07:00:00.000Z",
      "2026-03-08T07:30:00.000Z",
    ]);
  });

  it("does not let the 01:30 slot run past a range that ends at 02:00 on the night clocks go forward", () => {
    expect(slotsOn(sundayNights("America/New_York", { start: 60, end: 120 }), "2026-03-08")).toEqual(["2026-03-08T06:00:00.000Z"]);
  });

  it("offers each real instant of the repeated hour on 1 November", () => {
    expect(slotsOn(sundayNights("America/New_York", { start: 60, end: 120 }), "2026-11-01")).toEqual([
      "2026-11-01T05:00:00.000Z",
      "2026-11-01T05:30:00.000Z",
      "2026-11-01T06:00:00.000Z",
      "2026-11-01T06:30:00.000Z",
    ]);
  });
});

describe("Europe/Berlin across its 2026 daylight-saving changes", () => {
  const rules = rulesIn("Europe/Berlin");

  it("09:00 is 08:00 UTC before 29 March and 07:00 UTC after", () => {
    expect(slotsOn(rules, "2026-03-27")[0]).toBe("2026-03-27T08:00:00.000Z");
    expect(slotsOn(rules, "2026-03-30")[0]).toBe("2026-03-30T07:00:00.000Z");
  });

  it("09:00 is 07:00 UTC before 25 October and 08:00 UTC after", () => {
    expect(slotsOn(rules, "2026-10-23")[0]).toBe("2026-10-23T07:00:00.000Z");
    expect(slotsOn(rules, "2026-10-26")[0]).toBe("2026-10-26T08:00:00.000Z");
  });

  it("keeps fourteen slots on the working days either side of each change", () => {
    for (const day of ["2026-03-27", "2026-03-30", "2026-10-23", "2026-10-26"]) expect(slotsOn(rules, day)).toHaveLength(14);
  });
});

describe("Australia/Sydney, where the seasons run the other way", () => {
  const rules = rulesIn("Australia/Sydney");
  const sydneyDay = (date: string) =>
    starts(computeAvailableSlots(rules, [], LONG_AGO, startOfDay(date, "Australia/Sydney"), startOfDay(`${date.slice(0, 8)}${String(Number(date.slice(8)) + 1).padStart(2, "0")}`, "Australia/Sydney")));

  it("09:00 is 22:00 UTC the day before under AEDT, 23:00 UTC after clocks go back on 5 April", () => {
    expect(sydneyDay("2026-04-03")[0]).toBe("2026-04-02T22:00:00.000Z");
    expect(sydneyDay("2026-04-06")[0]).toBe("2026-04-05T23:00:00.000Z");
  });

  it("09:00 is 23:00 UTC before clocks go forward on 4 October, 22:00 UTC after", () => {
    expect(sydneyDay("2026-10-02")[0]).toBe("2026-10-01T23:00:00.000Z");
    expect(sydneyDay("2026-10-05")[0]).toBe("2026-10-04T22:00:00.000Z");
  });

  it("offers the repeated 02:00 hour twice on 5 April and the skipped one never on 4 October", () => {
    const night = sundayNights("Australia/Sydney", { start: 120, end: 180 });
    const window = (from: string, to: string) => starts(computeAvailableSlots(night, [], LONG_AGO, at(from), at(to)));
    expect(window("2026-04-04T12:00Z", "2026-04-05T12:00Z")).toEqual([
      "2026-04-04T15:00:00.000Z",
      "2026-04-04T15:30:00.000Z",
      "2026-04-04T16:00:00.000Z",
      "2026-04-04T16:30:00.000Z",
    ]);
    expect(window("2026-10-03T12:00Z", "2026-10-04T12:00Z")).toEqual([]);
  });
});

describe("a visitor in Asia/Kolkata (UTC+05:30) booking a consultant in New York", () => {
  const rules = rulesIn("America/New_York");
  const from = startOfDay("2026-03-10", "Asia/Kolkata");
  const to = startOfDay("2026-03-11", "Asia/Kolkata");

  it("asks for their own 10 March, which runs from 18:30 UTC on the 9th", () => {
    expect(from.toISOString()).toBe("2026-03-09T18:30:00.000Z");
  });

  it("sees the consultant's Monday afternoon after midnight and Tuesday from 6:30 PM, half-hours included", () => {
    const days = groupSlotsByDay(computeAvailableSlots(rules, [], LONG_AGO, from, to), "Asia/Kolkata");
    expect(days.map((day) => day.date)).toEqual(["2026-03-10"]);
    const labels = days[0]!.slots.map((slot) => slot.label);
    expect(labels.slice(0, 5)).toEqual(["12:00 AM", "12:30 AM", "1:00 AM", "1:30 AM", "2:00 AM"]);
    expect(labels.slice(5, 7)).toEqual(["6:30 PM", "7:00 PM"]);
    expect(labels.at(-1)).toBe("11:30 PM");
    expect(days[0]!.label).toBe("Tuesday, March 10");
  });
});

describe("slots a founder must not be offered", () => {
  const rules = rulesIn("UTC", { minimumNoticeHours: 24, daysAhead: 21 });
  const now = at("2026-06-02T10:10:00Z");
  const all = computeAvailableSlots(rules, [], now, at("2026-05-01T00:00Z"), at("2026-08-01T00:00Z"));

  it("nothing in the past or inside the minimum notice: the first is the first slot 24 hours from now", () => {
    expect(all[0]!.start.toISOString()).toBe("2026-06-03T10:30:00.000Z");
  });

  it("nothing beyond the days ahead: the last starts before 21 days from now", () => {
    expect(all.at(-1)!.start.toISOString()).toBe("2026-06-23T10:00:00.000Z");
  });

  it("nothing overlapping a taken booking, nor within the buffer around it", () => {
    const taken = [{ start: at("2026-06-10T14:00Z"), end: at("2026-06-10T14:30Z") }];
    const day = (bufferMinutes: number) =>
      starts(computeAvailableSlots({ ...rules, bufferMinutes }, taken, now, at("2026-06-10T13:00Z"), at("2026-06-10T16:00Z")));
    expect(day(0)).toEqual(["2026-06-10T13:00:00.000Z", "2026-06-10T13:30:00.000Z", "2026-06-10T14:30:00.000Z", "2026-06-10T15:00:00.000Z", "2026-06-10T15:30:00.000Z"]);
    expect(day(15)).toEqual(["2026-06-10T13:00:00.000Z", "2026-06-10T15:00:00.000Z", "2026-06-10T15:30:00.000Z"]);
  });

  it("isSlotOffered refuses a past slot, a slot outside hours, a minute off the half hour and a taken slot", () => {
    expect(isSlotOffered(rules, [], now, at("2026-06-10T14:00Z"))).toBe(true);
    expect(isSlotOffered(rules, [], now, at("2026-06-01T14:00Z"))).toBe(false);
    expect(isSlotOffered(rules, [], now, at("2026-06-02T14:00Z"))).toBe(false);
    expect(isSlotOffered(rules, [], now, at("2026-06-10T12:00Z"))).toBe(false);
    expect(isSlotOffered(rules, [], now, at("2026-06-10T20:00Z"))).toBe(false);
    expect(isSlotOffered(rules, [], now, at("2026-06-10T14:15Z"))).toBe(false);
    expect(isSlotOffered(rules, [], now, at("2026-06-10T14:00:30Z"))).toBe(false);
    expect(isSlotOffered(rules, [{ start: at("2026-06-10T14:00Z"), end: at("2026-06-10T14:30Z") }], now, at("2026-06-10T14:00Z"))).toBe(false);
  });

  it("the nearest free times to a taken one are the slots either side of it, in order", () => {
    const taken = [{ start: at("2026-06-10T14:00Z"), end: at("2026-06-10T14:30Z") }];
    expect(starts(nearestAvailableSlots(rules, taken, now, at("2026-06-10T14:00Z"), 4))).toEqual([
      "2026-06-10T13:00:00.000Z",
      "2026-06-10T13:30:00.000Z",
      "2026-06-10T14:30:00.000Z",
      "2026-06-10T15:00:00.000Z",
    ]);
  });
});

describe("where clocks jump at midnight (America/Santiago, Asia/Beirut)", () => {
  const lateSaturdays = (timeZone: string) =>
    rulesIn(timeZone, { weeklyHours: { ...rulesIn(timeZone).weeklyHours, saturday: [{ start: 22 * 60, end: 24 * 60 }] } });
  const wallClock = (timeZone: string) => (iso: string) =>
    new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(new Date(iso));

  for (const [timeZone, date] of [["America/Santiago", "2026-09-05"], ["Asia/Beirut", "2026-03-28"]] as const) {
    it(`${timeZone} on ${date}: hours until 24:00 keep their last slot, which ends as the next day begins at 01:00`, () => {
      const rules = lateSaturdays(timeZone);
      const from = startOfDay(date, timeZone);
      const slots = starts(computeAvailableSlots(rules, [], LONG_AGO, from, new Date(from.getTime() + 36 * 3_600_000)));
      expect(slots.map(wallClock(timeZone))).toEqual(["22:00", "22:30", "23:00", "23:30"]);
      expect(isSlotOffered(rules, [], LONG_AGO, new Date(slots[3]!))).toBe(true);
    });
  }
});

describe("a day a zone skipped whole", () => {
  it("Pacific/Apia skipped 30 December 2011: that day begins when the next one does, and nothing throws", () => {
    expect(startOfDay("2011-12-30", "Pacific/Apia")).toEqual(startOfDay("2011-12-31", "Pacific/Apia"));
    expect(startOfDay("2011-12-31", "Pacific/Apia").toISOString()).toBe("2011-12-30T10:00:00.000Z");
  });
});

describe("a day at the consultant's daily cap, and what else closes a time", () => {
  const day = (date: string, rules: ReturnType<typeof rulesIn>, taken: Parameters<typeof computeAvailableSlots>[1]) =>
    starts(computeAvailableSlots(rules, taken, LONG_AGO, at(`${date}T00:00:00Z`), at(`${date}T23:59:59Z`)));
  const call = (iso: string) => ({ start: at(iso), end: new Date(at(iso).getTime() + 30 * 60_000) });

  it("a day that holds maxCallsPerDay calls offers no more times; the next day is open", () => {
    const rules = rulesIn("America/New_York", { maxCallsPerDay: 2 });
    const tuesdayCalls = [call("2026-06-02T13:00:00Z"), call("2026-06-02T19:00:00Z")]; // 09:00 and 15:00 in New York
    expect(day("2026-06-02", rules, tuesdayCalls)).toEqual([]);
    expect(day("2026-06-03", rules, tuesdayCalls)).toHaveLength(14);
    // One call below the cap: the day stays open but for that call's time.
    expect(day("2026-06-02", rules, tuesdayCalls.slice(0, 1))).toHaveLength(13);
  });

  it("counts calls on the consultant's date, not the UTC date", () => {
    // 20:30 in New York on Monday is 00:30 UTC on Tuesday: it fills Monday.
    const rules = rulesIn("America/New_York", { maxCallsPerDay: 1, weeklyHours: { ...rulesIn("UTC").weeklyHours, monday: [{ start: 9 * 60, end: 21 * 60 }] } });
    const mondayEvening = [call("2026-06-02T00:30:00Z")];
    expect(day("2026-06-01", rules, mondayEvening)).toEqual([]);
    expect(day("2026-06-02", rules, mondayEvening)).toHaveLength(14);
  });

  it("a calendar's busy time keeps the buffer but is not a call; time off closes exactly its own hours", () => {
    const rules = rulesIn("UTC", { maxCallsPerDay: 1, bufferMinutes: 15 });
    const meeting = { ...call("2026-06-02T10:00:00Z"), kind: "calendar" as const };
    const slots = day("2026-06-02", rules, [meeting]);
    expect(slots).not.toContain("2026-06-02T09:30:00.000Z"); // ends 10:00, within the buffer
    expect(slots).not.toContain("2026-06-02T10:30:00.000Z");
    expect(slots).toContain("2026-06-02T11:00:00.000Z");
    const off = { start: at("2026-06-02T10:00:00Z"), end: at("2026-06-02T11:00:00Z"), kind: "time-off" as const };
    expect(day("2026-06-02", rules, [off])).toEqual(expect.arrayContaining(["2026-06-02T09:30:00.000Z", "2026-06-02T11:00:00.000Z"]));
    expect(day("2026-06-02", rules, [off])).not.toContain("2026-06-02T10:30:00.000Z");
  });
});

import { describe, expect, it } from "vitest";
import { clockAt, filterZoneGroups, foldForSearch, formatUtcOffset, zoneCountry, zoneGroups, zoneLabel, zonePlace, zoneRegion } from "@/lib/time/zone-labels";
import { listTimeZones } from "@/lib/time/time-zones";

const WINTER = new Date("2026-01-15T15:34:00Z");
const SUMMER = new Date("2026-07-15T15:34:00Z");

describe("a zone's friendly name", () => {
  it("is the place, its country, the offset and the clock there at the instant given", () => {
    expect(zoneLabel("Asia/Kolkata", WINTER)).toBe("Kolkata, India — UTC+5:30, now 21:04");
    expect(zoneLabel("Asia/Calcutta", WINTER)).toBe("Kolkata, India — UTC+5:30, now 21:04");
  });

  it("follows daylight saving time: the offset and the clock are those of `now`", () => {
    expect(zoneLabel("Europe/Berlin", WINTER)).toBe("Berlin, Germany — UTC+1, now 16:34");
    expect(zoneLabel("Europe/Berlin", SUMMER)).toBe("Berlin, Germany — UTC+2, now 17:34");
    expect(zoneLabel("America/New_York", WINTER)).toBe("New York, United States — UTC\u22125, now 10:34");
    expect(zoneLabel("America/New_York", SUMMER)).toBe("New York, United States — UTC\u22124, now 11:34");
    // Southern summer is northern winter.
    expect(zoneLabel("Australia/Sydney", WINTER)).toBe("Sydney, Australia — UTC+11, now 02:34");
    expect(zoneLabel("Australia/Sydney", SUMMER)).toBe("Sydney, Australia — UTC+10, now 01:34");
  });

  it("writes half-hour and 45-minute offsets, east and west", () => {
    expect(zoneLabel("Asia/Kathmandu", WINTER)).toBe("Kathmandu, Nepal — UTC+5:45, now 21:19");
    expect(zoneLabel("Australia/Eucla", WINTER)).toBe("Eucla, Australia — UTC+8:45, now 00:19");
    expect(zoneLabel("America/St_Johns", WINTER)).toBe("St Johns, Canada — UTC\u22123:30, now 12:04");
    expect(zoneLabel("Pacific/Marquesas", WINTER)).toBe("Marquesas, French Polynesia — UTC\u22129:30, now 06:04");
  });

  it("names UTC itself", () => {
    expect(zoneLabel("UTC", SUMMER)).toBe("Coordinated Universal Time — UTC+0, now 15:34");
  });

  it("keeps a state between the city and the country, and shows the city alone when no country is known", () => {
    expect(zonePlace("America/Indiana/Knox")).toBe("Knox, Indiana, United States");
    expect(zonePlace("America/Argentina/Buenos_Aires")).toBe("Buenos Aires, Argentina");
    expect(zonePlace("America/Buenos_Aires")).toBe("Buenos Aires, Argentina");
    expect(zonePlace("Asia/Singapore")).toBe("Singapore");
    expect(zonePlace("Etc/GMT+5")).toBe("GMT+5");
    expect(zoneCountry("Europe/Kiev")).toBe("Ukraine");
    expect(zoneCountry("UTC")).toBeUndefined();
  });

  it("formats offsets and clocks", () => {
    expect(formatUtcOffset(0)).toBe("UTC+0");
    expect(formatUtcOffset(330)).toBe("UTC+5:30");
    expect(formatUtcOffset(-570)).toBe("UTC\u22129:30");
    expect(formatUtcOffset(765)).toBe("UTC+12:45");
    expect(clockAt(new Date("2026-01-15T00:05:00Z"), "UTC")).toBe("00:05");
  });

  it("has a country for every zone the runtime lists", () => {
    const missing = listTimeZones().filter((zone) => !zoneCountry(zone));
    expect(missing).toEqual([]);
  });
});

describe("the zones as the picker lists them", () => {
  it("groups them by region, one option per zone, places in order, UTC last", () => {
    const groups = zoneGroups(["Europe/Berlin", "Asia/Calcutta", "Asia/Kolkata", "UTC", "America/New_York", "Asia/Dubai", "America/Indianapolis"], WINTER);
    expect(groups.map((g) => g.region)).toEqual(["America", "Asia", "Europe", "Other"]);
    expect(groups[1]!.options.map((o) => o.value)).toEqual(["Asia/Dubai", "Asia/Kolkata"]);
    expect(groups[0]!.options.map((o) => o.value)).toEqual(["America/Indiana/Indianapolis", "America/New_York"]);
    expect(groups[3]!.options[0]!.label).toBe("Coordinated Universal Time — UTC+0, now 15:34");
  });

  it("without clocks, as the browser first draws the list, gives the same zones in the same order, labelled by place", () => {
    const zones = listTimeZones();
    const withClocks = zoneGroups(zones, WINTER);
    const places = zoneGroups(zones, WINTER, { clocks: false });
    expect(places.map((g) => [g.region, g.options.map((o) => o.value)])).toEqual(withClocks.map((g) => [g.region, g.options.map((o) => o.value)]));
    expect(places.flatMap((g) => g.options).find((o) => o.value === "Asia/Kolkata")!.label).toBe("Kolkata, India");
    expect(withClocks.flatMap((g) => g.options).find((o) => o.value === "Asia/Kolkata")!.label).toBe("Kolkata, India — UTC+5:30, now 21:04");
  });

  it("lists every zone of the runtime once, with no two options of one place", () => {
    const groups = zoneGroups(listTimeZones(), WINTER);
    const values = groups.flatMap((g) => g.options.map((o) => o.value));
    expect(new Set(values).size).toBe(values.length);
    const places = values.map((v) => v.replaceAll("_", " "));
    expect(new Set(places).size).toBe(places.length);
    expect(groups.map((g) => g.region)).toEqual(expect.arrayContaining(["Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"]));
  });

  it("narrows by city, country, offset or region, in any case and without accents, keeping the chosen zone", () => {
    const groups = zoneGroups(["Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York", "America/Sao_Paulo"], WINTER);
    const values = (query: string, keep?: string) => filterZoneGroups(groups, query, keep).flatMap((g) => g.options.map((o) => o.value));
    expect(values("kolkata")).toEqual(["Asia/Kolkata"]);
    expect(values("INDIA")).toEqual(["Asia/Kolkata"]);
    expect(values("+5:45")).toEqual(["Asia/Kathmandu"]);
    expect(values("utc+5")).toEqual(["Asia/Kathmandu", "Asia/Kolkata"]);
    expect(values("-5")).toEqual(["America/New_York"]);
    expect(values("new york")).toEqual(["America/New_York"]);
    expect(values("sao paulo")).toEqual(["America/Sao_Paulo"]);
    expect(values("europe")).toEqual(["Europe/Berlin"]);
    expect(values("nowhere", "Europe/Berlin")).toEqual(["Europe/Berlin"]);
    expect(values("nowhere")).toEqual([]);
    expect(values("  ")).toHaveLength(5);
    expect(foldForSearch("São_Paulo UTC\u22123")).toBe("sao paulo utc-3");
  });

  it("knows each zone's region", () => {
    expect(zoneRegion("America/Argentina/Salta")).toBe("America");
    expect(zoneRegion("UTC")).toBe("Other");
    expect(zoneRegion("Etc/GMT+5")).toBe("Other");
  });
});

describe("the zone's short name in a subject line", () => {
  it("is the abbreviation the reader's calendar uses, following daylight saving, or the offset where there is none", async () => {
    const { zoneAbbreviation } = await import("@/lib/time/zone-labels");
    expect(zoneAbbreviation(new Date("2026-01-15T12:00:00Z"), "America/New_York")).toBe("EST");
    expect(zoneAbbreviation(new Date("2026-07-15T12:00:00Z"), "America/New_York")).toBe("EDT");
    expect(zoneAbbreviation(new Date("2026-07-15T12:00:00Z"), "Asia/Kolkata")).toBe("GMT+5:30");
    expect(zoneAbbreviation(new Date("2026-07-15T12:00:00Z"), "Asia/Kathmandu")).toBe("GMT+5:45");
    expect(zoneAbbreviation(new Date("2026-07-15T12:00:00Z"), "Europe/Berlin")).toBe("GMT+2");
  });
});

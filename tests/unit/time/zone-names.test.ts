import { describe, expect, it } from "vitest";
import { canonicalTimeZone, isValidTimeZone } from "@/lib/time/zone-names";
import { wallTimeAt } from "@/lib/time/zoned-time";

describe("a zone name as a visitor sends it", () => {
  it("is known in any letter case and older spelling, under one name", () => {
    expect(canonicalTimeZone("aMeRiCa/nEw_YoRk")).toBe("America/New_York");
    expect(canonicalTimeZone("america/new_york")).toBe("America/New_York");
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("asia/kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalTimeZone("utc")).toBe("UTC");
  });

  it("is refused when it is not a zone: typos, offsets, empty, too long, not text", () => {
    for (const zone of ["Mars/Olympus_Mons", "+05:30", "", "Europe/Berlin".repeat(10), 42, null, undefined, "Europe/Berlin\u0000"]) {
      expect(canonicalTimeZone(zone)).toBeUndefined();
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });

  it("20,000 spellings of one zone cost no more memory than one: the runtime's formatters are kept per zone, not per spelling", () => {
    const spell = (i: number) => [..."america/new_york"].map((c, k) => ((i >> k) & 1 ? c.toUpperCase() : c)).join("");
    const instant = new Date("2026-06-01T12:00:00Z");
    for (let i = 0; i < 200; i++) wallTimeAt(instant, spell(i));
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 20_000; i++) expect(wallTimeAt(instant, spell(i)).minutes).toBe(8 * 60);
    const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
    // One formatter per spelling took about 28 KB each: some 550 MB here.
    expect(grown).toBeLessThan(60);
  });
});

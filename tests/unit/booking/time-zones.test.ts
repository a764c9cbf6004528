import { describe, expect, it } from "vitest";
import { listTimeZones } from "@/lib/booking/time-zones";

describe("the time zones a visitor can choose from", () => {
  it("uses current names (Asia/Kolkata, Europe/Kyiv), sorted, and always holds the zones asked for", () => {
    const zones = listTimeZones("UTC", "Not/AZone");
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).toContain("Europe/Kyiv");
    expect(zones).not.toContain("Asia/Calcutta");
    expect(zones).toContain("UTC");
    expect(zones).not.toContain("Not/AZone");
    expect(zones).toEqual([...zones].sort());
  });
});

import { describe, expect, it } from "vitest";
import { listTimeZones } from "@/lib/time/time-zones";
import { currentTimeZoneName } from "@/lib/time/zone-names";

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

  it("gives a browser's older zone name (Chromium's Asia/Calcutta) its current one", () => {
    expect(currentTimeZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentTimeZoneName("Europe/Berlin")).toBe("Europe/Berlin");
  });
});

import { describe, expect, it } from "vitest";
import { readBookingSettings } from "@/lib/content/booking-settings";
import { contentErrorFrom, repoRoot } from "../fixtures";
import path from "node:path";

describe("the booking settings file", () => {
  it("reads the site's own content/booking.yaml: a 30-minute call, hours as minutes on the consultant's clock", () => {
    const settings = readBookingSettings(path.join(repoRoot, "content"));
    expect(settings.meetingMinutes).toBe(30);
    expect(settings.weeklyHours.monday).toEqual([
      { start: 9 * 60, end: 12 * 60 },
      { start: 13 * 60, end: 17 * 60 },
    ]);
    expect(settings.form.readinessSignals.map((signal) => signal.id)).toEqual([
      "shelved-tools",
      "willpower-ceiling",
      "undone-work",
    ]);
    expect(settings.form.engagements.map((engagement) => engagement.id)).toEqual(["scoping", "build", "fractional"]);
  });

  it("names the file and each field that is wrong: zone, length, overlapping and unreadable hours, an impossible date", () => {
    const file = "tests/fixtures/booking/mistakes/booking.yaml";
    const error = contentErrorFrom(() => readBookingSettings(path.join(repoRoot, "tests/fixtures/booking/mistakes")));
    expect(error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      `${file}: timeZone: "Europe/Berlinn" is not a time zone name, like Europe/Berlin`,
      `${file}: meetingMinutes: must be 30: the intro call is 30 minutes`,
      `${file}: weeklyHours.monday: has ranges that overlap`,
      `${file}: weeklyHours.tuesday.0: each range must be written like "09:00-12:30"`,
      `${file}: weeklyHours.friday.0: must end after it starts, by 24:00 at the latest`,
      `${file}: datesOff.0: "2026-02-30" is not a real calendar date`,
    ]);
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { formIntro } from "@/lib/booking/booking-display";
import { readBookingSettings } from "@/lib/content/booking-settings";
import { repoRoot } from "../fixtures";

const { form } = readBookingSettings(path.join(repoRoot, "content"));

describe("the booking form's intro", () => {
  it("names the engagement the link asked about (/book?engagement=build), not always the first", () => {
    expect(formIntro(form, "build")).toContain("whether the Build engagement is the right next step");
    expect(formIntro(form, "build")).not.toContain("Scoping");
    expect(formIntro(form, "fractional")).toContain("whether the Fractional monthly partnership is the right next step");
  });

  it("names the first engagement offered when the link names none, or one that does not exist", () => {
    for (const id of [undefined, "", "gold-plated"]) expect(formIntro(form, id)).toContain("whether the Scoping engagement is the right next step");
  });
});

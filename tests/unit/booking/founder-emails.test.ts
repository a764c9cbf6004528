import path from "node:path";
import { describe, expect, it } from "vitest";
import { founderConfirmation, founderReminder } from "@/lib/booking/notifications/founder-emails";
import { mailSettingsFrom } from "@/lib/booking/notifications/mail-settings";
import { readBookingSettings } from "@/lib/content/booking-settings";
import { booking } from "../admin/admin-fixtures";
import { repoRoot } from "../fixtures";

// Written from the site's own content, as the founder receives them.
const mail = mailSettingsFrom(readBookingSettings(path.join(repoRoot, "content")), { name: "Kofi Osei", role: "AI Operations", url: "https://ko.example" });
const manage = "https://ko.example/book/manage/key";

describe("the founder's confirmation and reminder say nothing the email contradicts", () => {
  for (const [name, email] of [["confirmation", founderConfirmation(booking(), mail, manage)], ["reminder", founderReminder(booking(), mail, manage)]] as const) {
    it(`the ${name} lists what happens next, not "what to prepare" over "nothing to prepare", and points at no button it lacks`, () => {
      for (const part of [email.text, email.html]) {
        expect(part).toContain("What happens next");
        expect(part).not.toContain("What to prepare");
        expect(part).not.toContain("Add to calendar");
      }
    });
  }
});

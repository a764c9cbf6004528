import path from "node:path";
import { describe, expect, it } from "vitest";
import { consultantCancelled, consultantMoved, consultantNewBooking } from "@/lib/booking/notifications/consultant-emails";
import { founderAlreadyBooked, founderCancelled, founderConfirmation, founderMoved, founderReminder } from "@/lib/booking/notifications/founder-emails";
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

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
const previous = { start: new Date("2026-06-02T12:00:00Z"), end: new Date("2026-06-02T12:30:00Z") };

describe("the booking emails' buttons and links", () => {
  const withCallLinks = {
    confirmation: founderConfirmation(booking(), mail, manage),
    reminder: founderReminder(booking(), mail, manage),
    "already booked": founderAlreadyBooked(booking(), mail, manage),
    moved: founderMoved(booking(), previous, mail, manage),
    "moved by the consultant": founderMoved(booking(), previous, mail, manage, { by: "consultant", message: "Sorry." }),
  };
  for (const [name, email] of Object.entries(withCallLinks)) {
    it(`the founder's ${name} has "Join the call" and "Move or cancel" buttons, written out in the plain text`, () => {
      expect(email.html).toMatch(new RegExp(`<a href="${mail.meetingLink}"[^>]*>Join the call</a>`));
      expect(email.html).toMatch(new RegExp(`<a href="${manage}"[^>]*>Move or cancel</a>`));
      expect(email.text).toContain(`Join the call: ${mail.meetingLink}`);
      expect(email.text).toContain(`Move or cancel: ${manage}`);
    });
  }

  it("the founder's cancellation offers to book again and has no manage link", () => {
    const email = founderCancelled(booking({ status: "cancelled" }), mail, { by: "founder" });
    expect(email.text).toContain("Book another time: https://ko.example/book");
    expect(email.html + email.text).not.toContain("/book/manage/");
    expect(email.html).not.toContain("Join the call");
  });

  it("the consultant's new-booking email links to the booking's admin page; where the founder came from stays text", () => {
    const email = consultantNewBooking(booking({ source: "/notes/x" }), mail);
    expect(email.text).toContain("Open the booking: https://ko.example/admin/bookings/b-1");
    expect(email.html).toContain('<a href="https://ko.example/admin/bookings/b-1"');
    expect(email.text).toContain(`Video link: ${mail.meetingLink}`);
    expect(email.text).toContain("Came from: https://ko.example/notes/x");
    expect(hrefs(email.html)).not.toContain("https://ko.example/notes/x");
    expect(email.html + email.text).not.toContain("/book/manage/");
  });

  const every = {
    ...withCallLinks,
    cancelled: founderCancelled(booking({ status: "cancelled" }), mail, { by: "consultant", message: "Ill." }),
    "consultant new booking": consultantNewBooking(booking(), mail),
    "consultant moved": consultantMoved(booking(), previous, mail),
    "consultant cancelled": consultantCancelled(booking(), mail, { by: "founder" }),
  };
  for (const [name, email] of Object.entries(every)) {
    it(`every link in the ${name} HTML is in its plain text too, and the founder's words never become links`, () => {
      expect(hrefs(email.html).length).toBeGreaterThan(0);
      for (const href of hrefs(email.html)) {
        expect(email.text).toContain(href);
        expect(href).toMatch(/^https:\/\/(ko|meet)\.example(\.com)?\//);
      }
    });
  }
});

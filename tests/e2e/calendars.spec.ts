import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/admin-credentials";

// The consultant's calendar is a subscription the site reads from a real HTTP server (see playwright.config.ts): a
// test adds a meeting by writing a file to its folder, as the consultant adds one in their calendar app.
const calendarDir = process.env.E2E_CALENDAR_DIR!;

const icsTime = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

function addMeeting(file: string, start: string, minutes: number, summary: string) {
  const end = new Date(new Date(start).getTime() + minutes * 60_000).toISOString();
  const event = [
    "BEGIN:VEVENT",
    `UID:${path.basename(file, ".ics")}@google.com`,
    `DTSTAMP:${icsTime(new Date().toISOString())}`,
    `DTSTART:${icsTime(start)}`,
    `DTEND:${icsTime(end)}`,
    `SUMMARY:${summary}`,
    "END:VEVENT",
  ].join("\r\n");
  fs.writeFileSync(path.join(calendarDir, file), event);
}

/** The admin's "Fetch now" for the work calendar: the site reads it at once instead of within five minutes. */
async function fetchCalendarNow(page: Page) {
  await page.goto("/admin/calendars");
  await page.getByRole("button", { name: "Fetch Work calendar now" }).click();
  await expect(page.getByRole("status")).toHaveText("“Work calendar” was read just now.");
}

const CONSULTANT_ZONE = "America/New_York";
const startValues = (page: Page, within = page.locator("form")) =>
  within.locator('input[type="radio"][name="start"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** With JavaScript: the times /book offers on one day (on the consultant's clock), after picking that day. */
async function timesOfferedOn(page: Page, date: string): Promise<string[]> {
  await page.goto(`/book?tz=${encodeURIComponent(CONSULTANT_ZONE)}`);
  await page.getByRole("group", { name: "Day", exact: true }).locator(`input[value="${date}"]`).check();
  return startValues(page, page.getByRole("group", { name: /^Time on / }));
}

/** Without JavaScript: every time /book lists. */
async function everyTimeOffered(page: Page): Promise<string[]> {
  await page.goto("/book");
  return startValues(page);
}

test.describe("the consultant's own calendar", () => {
  test("the consultant adds a meeting to their calendar, and founders no longer see that time, with JavaScript on and off", async ({ page, browser }, testInfo) => {
    test.setTimeout(90_000);
    // A morning time in the middle of the window, one per project: away from the first times the booking stories take,
    // the evenings the API bookings fill, and the last days the time-off story blocks.
    const { slots } = (await (await page.request.get("/api/availability")).json()) as { slots: { start: string }[] };
    const dates = [...new Set(slots.map((slot) => slot.start.slice(0, 10)))];
    const date = dates[Math.floor(dates.length / 2)]!;
    const sameDay = slots.filter((slot) => slot.start.startsWith(date));
    const start = sameDay[testInfo.project.name === "desktop" ? 2 : 4]!.start;
    const consultantDate = new Intl.DateTimeFormat("en-CA", { timeZone: CONSULTANT_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(start));
    const file = `meeting-${testInfo.project.name}-${testInfo.retry}.ics`;

    await signIn(page);
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Calendars", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Work calendar" })).toBeVisible();
    await expect(page.getByText("Subscription (iCal address)")).toBeVisible();

    try {
      addMeeting(file, start, 30, "Client workshop");
      await fetchCalendarNow(page);
      await expect(page.getByText(/^\d+ events?, \d+ busy times? ahead$/)).toBeVisible();

      // The day keeps its other times; only the meeting's is gone.
      const thatDay = await timesOfferedOn(page, consultantDate);
      expect(thatDay).toContain(sameDay[0]!.start);
      expect(thatDay).not.toContain(start);
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const plainPage = await noScript.newPage();
      const listed = await everyTimeOffered(plainPage);
      expect(listed).toContain(sameDay[0]!.start);
      expect(listed).not.toContain(start);
      // The booking API, asked directly, refuses the time too.
      const refused = await page.request.post("/api/bookings", {
        data: { name: "Late Loader", email: `late-${testInfo.project.name}@founder.example`, start, timeZone: "Europe/Berlin" },
      });
      expect(refused.status()).toBe(409);
      expect((await refused.json()).error).toMatch(/no longer available|isn[’']t open/);

      // The meeting is cancelled in the calendar: at the next read the time is offered again.
      fs.rmSync(path.join(calendarDir, file));
      await fetchCalendarNow(page);
      expect(await everyTimeOffered(plainPage)).toContain(start);
      expect(await timesOfferedOn(page, consultantDate)).toContain(start);
      await noScript.close();
    } finally {
      fs.rmSync(path.join(calendarDir, file), { force: true });
    }
  });
});

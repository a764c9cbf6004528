import { expect, test, type Page } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { dayFor, founderEmail, pickDayThenTime, pickFromFullList } from "./booking-helpers";
import { manageLinkIn, waitForMail } from "./mail-helpers";

async function bookFromTheForm(page: Page, email: string, pick: () => Promise<string>): Promise<string> {
  await page.goto("/book");
  const start = await pick();
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Book the intro call" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You’re booked");
  return start;
}

const inviteOf = (mail: ParsedMail) => mail.attachments.find((a) => a.contentType === "text/calendar")!.content.toString("utf8").replace(/\r\n[ \t]/g, "");
const icsInstant = (iso: string) => iso.replace(/[-:]/g, "").replace(".000", "");

/** The instant as the page writes a call: "Wednesday, December 2, 2026, 3:00 – 3:30 PM". */
function writtenIn(iso: string, timeZone: string) {
  const start = new Date(iso);
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit" })
    .formatRange(start, new Date(start.getTime() + 30 * 60_000));
}

async function offeredTimes(page: Page): Promise<string[]> {
  const { slots } = (await (await page.request.get("/api/availability")).json()) as { slots: { start: string }[] };
  return slots.map((slot) => slot.start);
}

/** How the booking pages name the zones these stories book in (with the offset and the clock after it). */
const placeOf: Record<string, string> = { "Europe/Berlin": "Berlin, Germany", "America/New_York": "New York, United States" };

/**
 * The story the page exists for, with or without JavaScript: book, open the emailed link, look at the free times in
 * another zone, move, then cancel. `zone` is the one the founder booked in, which the page writes their times in.
 */
async function bookMoveCancel(page: Page, email: string, pick: () => Promise<string>, pickLater: () => Promise<string>, withJavaScript: boolean, zone: string) {
  const first = await bookFromTheForm(page, email, pick);

  const confirmation = await waitForMail(email, "You’re booked");
  expect(inviteOf(confirmation)).toContain("METHOD:REQUEST");
  const link = manageLinkIn(confirmation);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your intro call");
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();

  // The free times in another zone: at once with JavaScript, by a plain GET (?tz=) to this same page without it.
  await expect(page.getByText(`Times in ${placeOf[zone]} — UTC`)).toBeVisible();
  await page.getByLabel("Show times in").selectOption("Asia/Kolkata");
  if (!withJavaScript) {
    await page.getByRole("button", { name: "Show times" }).click();
    await expect(page).toHaveURL(new RegExp(`${link}\\?tz=Asia%2FKolkata$`));
  }
  await expect(page.getByText("Times in Kolkata, India — UTC+5:30, now ")).toBeVisible();
  await page.goto(link);

  // Asked to move without a time, the page asks for one; with JavaScript, the request goes as soon as one is picked.
  await page.getByRole("button", { name: "Move my call to this time" }).click();
  await expect(page.getByText("Please pick a new time")).toBeVisible();
  const second = await pickLater();
  expect(second).not.toBe(first);
  if (withJavaScript) await expect(page.getByText("Please pick a new time")).toHaveCount(0);
  await page.getByRole("button", { name: "Move my call to this time" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your call has moved");
  expect(new URL(page.url()).pathname).toBe(link);
  await expect(page.getByTestId("moved-note")).toHaveText(`Moved from ${writtenIn(first, zone)} to ${writtenIn(second, zone)} (${placeOf[zone]}).`);

  const moved = await waitForMail(email, "Moved:");
  expect(inviteOf(moved)).toContain("METHOD:REQUEST");
  expect(inviteOf(moved)).toContain("SEQUENCE:1");
  expect(inviteOf(moved)).toContain(`DTSTART:${icsInstant(second)}`);
  expect(inviteOf(moved).match(/^UID:.*$/m)?.[0]).toBe(inviteOf(confirmation).match(/^UID:.*$/m)?.[0]);
  const afterMove = await offeredTimes(page);
  expect(afterMove).toContain(first);
  expect(afterMove).not.toContain(second);

  await page.getByRole("link", { name: "Cancel the call" }).click();
  await page.getByRole("button", { name: "Yes, cancel the call" }).click();
  // Back on the founder's page, which names the call that was cancelled. Without JavaScript the browser keeps the
  // confirming view's #cancel across the redirect.
  await expect(page).toHaveURL(new RegExp(`${link}\\?cancelled=1(#cancel)?$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your call is cancelled");
  await expect(page.getByText(`${writtenIn(second, zone)} (${placeOf[zone]}) is cancelled`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Book another time" })).toHaveAttribute("href", "/book");

  const cancelled = await waitForMail(email, "Cancelled:");
  expect(inviteOf(cancelled)).toContain("METHOD:CANCEL");
  expect(inviteOf(cancelled)).toContain("SEQUENCE:2");

  // The freed time is offered again, on the form too.
  expect(await offeredTimes(page)).toContain(second);
  await page.goto(`/book?tz=${encodeURIComponent("Europe/Berlin")}`);
  return { link, second };
}

test.describe("a founder manages their booking from the link in their email", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("with JavaScript: books, moves to a later time the same day, cancels, and the time is free again", async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const day = dayFor(testInfo, 4);
    const laterSameDay = async () => {
      await page.getByRole("group", { name: "Day", exact: true }).getByRole("radio").nth(day).check();
      const times = page.getByRole("group", { name: /^Time on / }).getByRole("radio");
      await times.last().check();
      return (await times.last().getAttribute("value"))!;
    };
    const { link, second } = await bookMoveCancel(page, founderEmail(testInfo, "manage-js"), () => pickDayThenTime(page, day), laterSameDay, true, "Europe/Berlin");
    await page.getByRole("group", { name: "Day", exact: true }).getByRole("radio").nth(day).check();
    await expect(page.locator(`input[name="start"][value="${second}"]`)).toHaveCount(1);

    // The used-up link says the call was cancelled, and when, but nothing about whose booking it was; the move and
    // cancel forms are gone, and the way to book again is there.
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This call was cancelled");
    await expect(page.getByText(`${writtenIn(second, "Europe/Berlin")} (${placeOf["Europe/Berlin"]}) was cancelled`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Book another time" })).toHaveAttribute("href", "/book");
    await expect(page.getByRole("button", { name: "Move my call to this time" })).toHaveCount(0);
    await expect(page.getByText("Ada")).toHaveCount(0);
    expect((await page.request.get(`${link}/invite.ics`)).status()).toBe(404);
    await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  });

  test("without JavaScript: the same, by plain form posts and a confirming page before cancelling", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await browser.newPage({ javaScriptEnabled: false, timezoneId: "Europe/Berlin" });
    const day = dayFor(testInfo, 5);
    const laterSameDay = async () => {
      const radios = page.getByRole("group", { name: /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), / }).nth(day).getByRole("radio");
      await radios.last().check();
      return (await radios.last().getAttribute("value"))!;
    };
    // Without JavaScript the form books in the zone the page was drawn in: the consultant's.
    const { second } = await bookMoveCancel(page, founderEmail(testInfo, "manage-nojs"), () => pickFromFullList(page, day), laterSameDay, false, "America/New_York");
    await expect(page.locator(`input[name="start"][value="${second}"]`)).toHaveCount(1);
    await page.close();
  });

  test("a link that opens no booking gets a plain page", async ({ page }) => {
    const response = await page.goto(`/book/manage/${"A".repeat(43)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is no longer valid");
    await expect(page.getByRole("link", { name: "Book a free intro call" })).toHaveAttribute("href", "/book");
    const invite = await page.request.get(`/book/manage/${"A".repeat(43)}/invite.ics`);
    expect(invite.status()).toBe(404);
  });
});

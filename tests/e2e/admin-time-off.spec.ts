import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/admin-credentials";

// The consultant's clock in the end-to-end site's booking.yaml: /book is read on it (?tz=), so the form's days are the
// consultant's dates, the ones the admin blocks.
const CONSULTANT_ZONE = "America/New_York";

/** The days /book offers, as the day-then-time picker lists them: the date (its value) and its name. */
async function offeredDays(page: Page): Promise<{ date: string; label: string }[]> {
  await page.goto(`/book?tz=${encodeURIComponent(CONSULTANT_ZONE)}`);
  // The picker appears once JavaScript runs; before that the page lists every day's times at once.
  const days = page.getByRole("group", { name: "Day", exact: true }).getByRole("radio");
  await expect(days.first()).toBeVisible();
  const offered: { date: string; label: string }[] = [];
  for (const day of await days.all()) offered.push({ date: (await day.getAttribute("value"))!, label: (await day.getAttribute("aria-label"))! });
  return offered;
}

/** The dates, on the consultant's clock, that the booking API has free times on. */
async function datesWithFreeTimes(page: Page): Promise<Set<string>> {
  const { slots } = (await (await page.request.get("/api/availability")).json()) as { slots: { start: string }[] };
  const dateIn = new Intl.DateTimeFormat("en-CA", { timeZone: CONSULTANT_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
  return new Set(slots.map((slot) => dateIn.format(new Date(slot.start))));
}

test.describe("the consultant's time off", () => {
  test("the consultant takes a day off and founders no longer see it; removed, it is bookable again", async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await signIn(page);

    // A day near the end of the booking window (one per project, so the two never block the same day), well away
    // from the first free times that other tests book through the form.
    const days = await offeredDays(page);
    expect(days.length).toBeGreaterThan(2);
    const day = days[days.length - 1 - (testInfo.project.name === "desktop" ? 0 : 1)]!;
    expect(await datesWithFreeTimes(page)).toContain(day.date);
    // "Friday, November 20" on the form; the admin writes the year too.
    const blocked = `${day.label}, ${day.date.slice(0, 4)} (all day)`;

    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Time off" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Time off" })).toBeVisible();

    // A mistake comes back next to its field, and blocks nothing.
    await page.getByLabel("Last day").fill(day.date);
    await page.getByRole("button", { name: "Block this time" }).click();
    await expect(page.locator("#time-off-from-error")).toHaveText("Enter the first day off.");
    await expect(page.getByLabel("First day")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Last day")).toHaveValue(day.date);

    await page.getByLabel("First day").fill(day.date);
    await page.getByLabel("Note").fill(`Conference (${testInfo.project.name})`);
    await page.getByRole("button", { name: "Block this time" }).click();
    await expect(page).toHaveURL(/\/admin\/time-off\?added=[\w-]+$/);
    await expect(page.getByRole("status")).toContainText(`Time off added: ${blocked}.`);

    const blockedTimes = page.getByRole("region", { name: "Blocked times" });
    const row = blockedTimes.getByRole("listitem").filter({ hasText: blocked });
    await expect(row).toContainText(`Conference (${testInfo.project.name})`);

    // Founders no longer see that day, on the form or through the API.
    const afterBlocking = await offeredDays(page);
    expect(afterBlocking.map((offered) => offered.date)).not.toContain(day.date);
    expect(afterBlocking.length).toBeGreaterThan(0);
    expect(await datesWithFreeTimes(page)).not.toContain(day.date);

    // Removed, the day is offered again.
    await page.goto("/admin/time-off");
    await row.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("status")).toHaveText("Time off removed. Founders can book that time again.");
    await expect(blockedTimes.getByRole("listitem").filter({ hasText: blocked })).toHaveCount(0);
    expect((await offeredDays(page)).map((offered) => offered.date)).toContain(day.date);
    expect(await datesWithFreeTimes(page)).toContain(day.date);
  });
});

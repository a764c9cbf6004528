import { expect, test, type Locator } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { bookThroughApi, founderEmail } from "./booking-helpers";
import { manageLinkIn, waitForMail } from "./mail-helpers";
import { signIn } from "./support/admin-credentials";
import { site } from "./support/site-content";

const inviteOf = (mail: ParsedMail) => mail.attachments.find((a) => a.contentType === "text/calendar")!.content.toString("utf8").replace(/\r\n[ \t]/g, "");
const icsInstant = (iso: string) => iso.replace(/[-:]/g, "").replace(".000", "");
const uidOf = (mail: ParsedMail) => inviteOf(mail).match(/^UID:.*$/m)?.[0];

/**
 * The times to try, in order: early afternoon of a day in the middle of the window (13:00 for one project, 14:00 for
 * the other, then the half hour after), away from the first times the form stories book, the evenings bookThroughApi
 * fills, the mornings the calendar story blocks and the last days the time-off story blocks.
 */
async function candidateTimes(picker: Locator, project: string): Promise<{ value: string; day: string }[]> {
  const days = await picker.locator("optgroup").all();
  expect(days.length).toBeGreaterThan(1);
  const withAfternoons: Locator[] = [];
  for (const day of days) if ((await day.locator("option").count()) >= 10) withAfternoons.push(day);
  expect(withAfternoons.length, "some day still has its afternoon free").toBeGreaterThan(0);
  const day = withAfternoons[Math.floor(withAfternoons.length / 2)]!;
  const label = (await day.getAttribute("label"))!;
  const values = await day.locator("option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const first = project === "desktop" ? 6 : 8;
  return values.slice(first, first + 2).map((value) => ({ value, day: label }));
}

test.describe("the consultant moves a founder's call from the admin", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("picks another free time with a message; the founder's email says the consultant moved it, and its link opens the call at the new time", async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const email = founderEmail(testInfo, "admin-move");
    const id = await bookThroughApi(page.request, email);
    const confirmation = await waitForMail(email, "You’re booked");

    await signIn(page);
    await page.goto(`/admin/bookings/${id}`);
    const section = page.getByRole("region", { name: "Move this call" });
    const picker = section.getByLabel(/^New time/);
    const message = "A workshop moved onto my afternoon; this time works better. Sorry for the shuffle!";

    // A time taken by someone else since the page was loaded is refused with the reason; then the next is tried.
    let moved: { value: string; day: string } | undefined;
    for (const candidate of await candidateTimes(picker, testInfo.project.name)) {
      await page.goto(`/admin/bookings/${id}`);
      await picker.selectOption(candidate.value);
      await section.getByLabel(/^Note for Axe Checker/).fill(message);
      await section.getByRole("button", { name: "Move the call" }).click();
      await expect(page.getByRole("status").or(section.getByText(/^Not moved: /))).toBeVisible();
      if (await page.getByRole("status").isVisible()) {
        moved = candidate;
        break;
      }
    }
    expect(moved, "one of the chosen times was still free").toBeDefined();

    // The page says where the call is now, on the consultant's clock.
    const status = page.getByRole("status");
    await expect(status).toHaveText(new RegExp(`^Moved to ${moved!.day}, \\d{4}, .+\\. The founder’s email, with the new time and a link to their booking, is in the outbox\\.$`));
    const when = (await status.textContent())!.match(/^Moved to (.+?)\. The founder’s email/)![1]!;
    await expect(page.locator("article > header")).toContainText(when);

    const movedMail = await waitForMail(email, "Your intro call was moved to");
    expect(movedMail.text).toContain(`${site.name} moved your intro call from `);
    expect(movedMail.text).toContain(message);
    const invite = inviteOf(movedMail);
    expect(invite).toContain("METHOD:REQUEST");
    expect(invite).toContain("SEQUENCE:1");
    expect(invite).toContain(`DTSTART:${icsInstant(moved!.value)}`);
    expect(uidOf(movedMail)).toBe(uidOf(confirmation));

    // The link in it is a new one, and opens the booking at its new time; the first link works too.
    const link = manageLinkIn(movedMail);
    expect(link).not.toBe(manageLinkIn(confirmation));
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your intro call");
    await expect(page.getByTestId("consultant-time")).toHaveText(when);
    const founderTime = (await page.getByTestId("visitor-time").textContent())!;
    expect(movedMail.text).toContain(founderTime);
    await page.goto(manageLinkIn(confirmation));
    await expect(page.getByTestId("consultant-time")).toHaveText(when);
  });
});

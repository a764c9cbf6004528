import { expect, test } from "@playwright/test";
import { bookThroughApi, founderEmail } from "./booking-helpers";
import { waitForMail } from "./mail-helpers";
import { ADMIN_TEST_PASSWORD, signIn } from "./support/admin-credentials";
import { failEmailOfBooking } from "./support/fail-email";
import { callTimeHasCome } from "./support/past-call";

test.describe("the consultant's admin", () => {
  test("the consultant signs in, finds a founder's booking, keeps a private note, marks it held and logs out", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const email = founderEmail(testInfo, "admin-story");
    const id = await bookThroughApi(page.request, email);

    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/login$/);
    await signIn(page);
    await expect(page.getByRole("link", { name: "Upcoming" })).toHaveAttribute("aria-current", "page");

    await page.goto(`/admin/bookings/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Axe Checker" })).toBeVisible();
    await expect(page.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
    await expect(page.getByText("(Berlin, Germany)")).toBeVisible();

    await page.getByLabel("Only you see this.").fill("Ask about their month-end close.");
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByRole("status")).toHaveText("Note saved.");
    await expect(page.getByLabel("Only you see this.")).toHaveValue("Ask about their month-end close.");

    // A call still to come cannot be marked as held or a no-show; once its time has come, it can.
    await expect(page.getByRole("button", { name: "Mark as held" })).toHaveCount(0);
    await callTimeHasCome(id);
    await page.reload();
    await page.getByRole("button", { name: "Mark as held" }).click();
    await expect(page.getByRole("status")).toHaveText("Marked as held.");
    await expect(page.getByRole("button", { name: "Mark as held" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("Held", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/admin\/login$/);
    await page.goto(`/admin/bookings/${id}`);
    await expect(page).toHaveURL(/\/admin\/login$/);
  });

  test("the consultant finds today's call with the search", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const email = founderEmail(testInfo, "search");
    const id = await bookThroughApi(page.request, email);
    // Under way since ten minutes ago: today's call, still in the upcoming list until it ends.
    await callTimeHasCome(id);
    const startedAt = Date.now() - 10 * 60_000;
    await signIn(page);

    // The search is a plain form: typed in any letter case, it lands in the address with the tab.
    const search = page.getByRole("searchbox", { name: "Search by name, email or company" });
    await search.fill(email.toUpperCase());
    await search.press("Enter");
    await expect(page).toHaveURL(/\/admin\?show=upcoming&q=/);
    await expect(search).toHaveValue(email.toUpperCase());

    // Exactly that booking, and the counts say where the matches are.
    const found = page.getByRole("link", { name: "Axe Checker" });
    await expect(found).toHaveCount(1);
    await expect(found).toHaveAttribute("href", `/admin/bookings/${id}`);
    await expect(page.getByRole("link", { name: "Upcoming 1", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "Past 0", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cancelled 0", exact: true })).toBeVisible();
    const row = page.getByRole("listitem").filter({ has: found });
    await expect(row).toContainText(email);
    await expect(row).toContainText("their time (Berlin, Germany)");
    // "Today" on the consultant's clock (unless the call began just before their midnight).
    // The consultant's zone (content/booking.yaml), named as a place.
    await expect(page.getByText("Times in New York, United States.")).toBeVisible();
    const zone = "America/New_York";
    const dayIn = (instant: number) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(instant);
    if (dayIn(startedAt) === dayIn(Date.now())) await expect(row.getByText("Today", { exact: true })).toBeVisible();

    // Another tab keeps the search; nothing matches there, and the page says so without repeating it.
    await page.getByRole("link", { name: "Past 0", exact: true }).click();
    await expect(page).toHaveURL(/show=past&q=/);
    await expect(page.getByText("No past calls match your search.")).toBeVisible();
    await expect(search).toHaveValue(email.toUpperCase());

    // Wildcards and quotes are matched as themselves: they find nothing here, and are shown only in the field.
    const odd = `100%_"o'clock" <b>`;
    await search.fill(odd);
    await search.press("Enter");
    await expect(page.getByText("No past calls match your search.")).toBeVisible();
    await expect(search).toHaveValue(odd);
    await expect(page.locator("main b")).toHaveCount(0);

    await page.getByRole("link", { name: "Clear the search" }).click();
    await expect(page).toHaveURL(/\/admin\?show=past$/);
    await expect(search).toHaveValue("");
  });

  test("the session cookie is HttpOnly, SameSite=Lax, for /admin only, and expires", async ({ page }) => {
    await signIn(page);
    const cookie = (await page.context().cookies()).find((c) => c.name === "admin_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/admin", secure: true });
    expect(cookie!.expires * 1000).toBeGreaterThan(Date.now() + 7 * 3_600_000);
    expect(cookie!.expires * 1000).toBeLessThanOrEqual(Date.now() + 8 * 3_600_000 + 60_000);
  });

  test("after five wrong passwords from one address, the sixth try is refused even with the right one", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    // An address of this test's own, so the lockout holds up no other test.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${testInfo.project.name === "desktop" ? 10 : 11}${testInfo.retry}` });
    await page.goto("/admin/login");
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel("Password").fill(`wrong guess ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("#admin-password-error")).toHaveText(
        i < 5 ? `That password is not right. ${5 - i} more ${i === 4 ? "try" : "tries"} before a 15-minute wait.` : /^Too many failed logins/,
      );
    }
    await page.getByLabel("Password").fill(ADMIN_TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#admin-password-error")).toHaveText(/^Too many failed logins from your address\. Try again in 15 minutes, after \d{1,2}:\d\d [AP]M/);
    await expect(page).toHaveURL(/\/admin\/login$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/login$/);
  });

  test("the bookings filter shows past and cancelled bookings, with the current one marked", async ({ page }) => {
    await signIn(page);
    await page.getByRole("link", { name: "Cancelled" }).click();
    await expect(page).toHaveURL(/show=cancelled/);
    await expect(page.getByRole("link", { name: "Cancelled" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "Upcoming" })).not.toHaveAttribute("aria-current");
    await page.getByRole("link", { name: "Past" }).click();
    await expect(page.getByRole("link", { name: "Past" })).toHaveAttribute("aria-current", "page");
  });

  test("the consultant subscribes to the calendar feed, and a new address makes the old one stop working", async ({ page }, testInfo) => {
    const email = founderEmail(testInfo, "feed");
    await bookThroughApi(page.request, email);
    await signIn(page);
    await page.getByRole("link", { name: "Calendar feed" }).click();
    const address = await page.getByLabel("Subscription address").inputValue();
    expect(address).toMatch(/\/calendar\/[\w-]{43}\.ics$/);
    // One click into Apple's or Google's calendar, or a copy of the address (the button needs JavaScript).
    const webcal = address.replace(/^https?:\/\//, "webcal://");
    await expect(page.getByRole("link", { name: "Subscribe in Apple Calendar" })).toHaveAttribute("href", webcal);
    await expect(page.getByRole("link", { name: "Subscribe in Google Calendar" })).toHaveAttribute(
      "href",
      `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    );
    await expect(page.getByRole("button", { name: "Copy", exact: true })).toBeVisible();

    const feed = await page.request.get(address);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(feed.headers()["cache-control"]).toContain("no-store");
    expect((await feed.text()).replace(/\r\n /g, "")).toContain(email);

    await page.getByRole("button", { name: "Give the feed a new address" }).click();
    await expect(page.getByRole("status")).toHaveText("The feed has a new address. The old one no longer works.");
    const newAddress = await page.getByLabel("Subscription address").inputValue();
    expect(newAddress).not.toBe(address);
    expect((await page.request.get(address)).status()).toBe(404);
    expect((await page.request.get(newAddress)).status()).toBe(200);
  });

  test("the consultant following an old link to a booking that is not there gets a 404 inside the admin", async ({ page }) => {
    await signIn(page);
    const response = await page.goto("/admin/bookings/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is no booking here");
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
    await page.getByRole("link", { name: "All bookings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bookings" })).toBeVisible();
  });

  test("the consultant downloads every booking as a CSV file", async ({ page }, testInfo) => {
    const email = founderEmail(testInfo, "csv");
    await bookThroughApi(page.request, email);
    await signIn(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/^bookings-\d{4}-\d\d-\d\d\.csv$/);
    const response = await page.request.get("/admin/bookings.csv");
    expect(response.headers()["content-type"]).toContain("text/csv; charset=utf-8");
    expect(response.headers()["cache-control"]).toContain("no-store");
    const csv = await response.text();
    expect(csv.split("\r\n")[0]).toContain("Start (consultant's time)");
    expect(csv).toContain(email);
  });

  test("the consultant cancels a call with a message; the founder receives it, and a failed email is retried", async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const email = founderEmail(testInfo, "cancel");
    const id = await bookThroughApi(page.request, email);
    await signIn(page);
    await page.goto(`/admin/bookings/${id}`);

    await page.getByLabel("Message to Axe Checker").fill("Something came up; could we find another week?");
    await page.getByRole("button", { name: "Cancel the call" }).click();
    // Without the confirmation ticked the browser keeps the form; nothing is cancelled.
    await expect(page).toHaveURL(new RegExp(`/admin/bookings/${id}$`));
    await page.getByLabel("Yes, the call is off").check();
    await page.getByRole("button", { name: "Cancel the call" }).click();
    await expect(page.getByRole("status")).toHaveText("Cancelled. The founder’s email is in the outbox.");
    await expect(page.getByText("Cancelled by the consultant")).toBeVisible();
    await expect(page.getByRole("button", { name: "Cancel the call" })).toHaveCount(0);

    const received = await waitForMail(email, "Cancelled");
    expect(received.text).toContain("Something came up; could we find another week?");

    await page.getByRole("link", { name: "Outbox" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    const founderMail = page.getByRole("listitem").filter({ hasText: `To ${email}` }).filter({ hasText: "Cancellation to the founder" });
    await expect(founderMail).toContainText("sent, 1 attempt");
    await founderMail.getByText("Show the email").click();
    await expect(founderMail).toContainText("Something came up; could we find another week?");

    // As the sender records it when the mail server keeps refusing.
    await failEmailOfBooking(id, "founder-cancelled", "connect ECONNREFUSED 127.0.0.1:25");
    await page.getByRole("link", { name: "Failed" }).click();
    await expect(page.getByRole("link", { name: "Failed" })).toHaveAttribute("aria-current", "page");
    const failed = page.getByRole("listitem").filter({ hasText: `To ${email}` });
    await expect(failed).toContainText("failed, 2 attempts");
    await expect(failed).toContainText("Last error: connect ECONNREFUSED 127.0.0.1:25");
    await failed.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("status")).toHaveText("The email is back in line and goes out with the next send.");
    await expect(page.getByRole("listitem").filter({ hasText: `To ${email}` })).toHaveCount(0);
    // The site's sender delivers it again within moments.
    await expect(async () => {
      await page.goto("/admin/outbox?show=sent");
      await expect(page.getByRole("listitem").filter({ hasText: `To ${email}` }).filter({ hasText: "Cancellation to the founder" })).toContainText("sent");
    }).toPass({ timeout: 30_000 });
  });
});

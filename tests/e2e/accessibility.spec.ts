import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { bookThroughApi, founderEmail } from "./booking-helpers";
import { manageLinkIn, waitForMail } from "./mail-helpers";
import { signIn } from "./support/admin-credentials";

// axe walks every node of the page; on a busy two-core machine a long page (the home page) can take more than the
// default 30 seconds, which is a slow machine, not a failing page.
test.describe.configure({ timeout: 90_000 });

const pages: Record<string, string | ((page: Page, email: string) => Promise<void>)> = {
  home: "/",
  "the notes index": "/notes",
  "a note": "/notes/what-ai-operations-actually-means",
  "a tag page": "/notes/tags/ai-operations",
  "the 404 page for a missing note": "/notes/no-such-note",
  "the 404 page for an unknown address": "/no-such-page",
  "the 404 page for an unknown address below another": "/about/no-such-page",
  "the engagements page": "/engagements",
  "the about page": "/about",
  "the self-check's answer": "/readiness?signals=shelved-tools&signals=undone-work",
  "the privacy page": "/privacy",
  "the subscribe page": "/subscribe",
  "the subscribe page, sent": "/subscribe?sent=1",
  "the subscribe page sent back with a mistake": async (page) => {
    await page.goto("/subscribe");
    await page.getByLabel("Your email address").fill("someone@nowhere");
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.locator("#subscribe-error")).toBeVisible();
  },
  "the page for a confirmation link that does not work": `/subscribe/confirm/${"A".repeat(43)}`,
  "the page for an unsubscribe link that does not work": `/subscribe/leave/${"A".repeat(43)}`,
  "the booking form": "/book",
  "the booking form with JavaScript's day-then-time picker open": async (page) => {
    await page.goto("/book");
    await page.getByRole("group", { name: "Day", exact: true }).getByRole("radio").first().check();
  },
  "the booking form sent back with mistakes": async (page) => {
    await page.goto("/book");
    await page.getByRole("button", { name: "Book the intro call" }).click();
    await expect(page.locator("#booking-problems")).toBeVisible();
  },
  "a booking's own page, just booked": async (page, email) => {
    await bookThroughApi(page.request, email);
    await page.goto(`${manageLinkIn(await waitForMail(email, "You’re booked"))}?booked=1`);
  },
  "a booking's own page, confirming a cancellation": async (page, email) => {
    await bookThroughApi(page.request, email);
    await page.goto(`${manageLinkIn(await waitForMail(email, "You’re booked"))}?confirm=cancel`);
  },
  "the page for a link that opens no booking": `/book/manage/${"A".repeat(43)}`,
  "the page after cancelling": "/book/cancelled",
  "the admin's login": "/admin/login",
  "the admin's login with a wrong password": async (page) => {
    // An address of its own, so these failures lock out no other test.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.99" });
    await page.goto("/admin/login");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#admin-password-error")).toBeVisible();
  },
  "the admin's bookings": async (page, email) => {
    await bookThroughApi(page.request, email);
    await signIn(page);
  },
  "a booking in the admin": async (page, email) => {
    const id = await bookThroughApi(page.request, email);
    await signIn(page);
    await page.goto(`/admin/bookings/${id}`);
  },
  "a booking the admin does not have": async (page) => {
    await signIn(page);
    await page.goto("/admin/bookings/00000000-0000-4000-8000-000000000000");
  },
  "the admin's calendar feed": async (page) => {
    await signIn(page);
    await page.goto("/admin/calendar");
  },
  "the admin's calendars": async (page) => {
    await signIn(page);
    await page.goto("/admin/calendars");
  },
  "the admin's subscribers": async (page) => {
    await signIn(page);
    await page.goto("/admin/subscribers");
  },
  "the admin's time off": async (page) => {
    await signIn(page);
    await page.goto("/admin/time-off");
  },
  "the admin's time off sent back with mistakes": async (page) => {
    await signIn(page);
    await page.goto("/admin/time-off");
    await page.getByRole("button", { name: "Block this time" }).click();
    await expect(page.locator("#time-off-from-error")).toBeVisible();
  },
  "the admin's time off, just added": async (page) => {
    await signIn(page);
    await page.goto("/admin/time-off");
    // Some hours half a year ahead, past the booking window: no other test's times are touched.
    await page.getByLabel("First day").fill(new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel("From").fill("09:00");
    await page.getByLabel("Until").fill("11:00");
    await page.getByRole("button", { name: "Block this time" }).click();
    await expect(page.getByRole("status")).toContainText("Time off added:");
    // The page's title can arrive a moment after its body on a navigation that follows a form: wait for it too.
    await expect(page).toHaveTitle(/Time off/);
  },
};

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}

test.describe("every page type passes an accessibility check", () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${name} in ${scheme} mode has no axe violations`, async ({ page }, testInfo) => {
        await page.emulateMedia({ colorScheme: scheme });
        if (typeof path === "string") await page.goto(path);
        else await path(page, founderEmail(testInfo, `axe-${scheme}-${Object.keys(pages).indexOf(name)}`));
        await expectNoAxeViolations(page);
      });
    }
  }
});

test.describe("the home page's self-check, once answered", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`in ${scheme} mode has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await expect(page.getByRole("button", { name: "Show my next step" })).toBeHidden();
      for (const checkbox of await page.getByRole("checkbox").all()) await checkbox.check();
      await expect(page.getByRole("region", { name: "Your next step" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { bookThroughApi, founderEmail } from "./booking-helpers";

const pages: Record<string, string | ((page: Page, email: string) => Promise<void>)> = {
  home: "/",
  "the notes index": "/notes",
  "a note": "/notes/what-ai-operations-actually-means",
  "a tag page": "/notes/tags/ai-operations",
  "the 404 page": "/notes/no-such-note",
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
  "a booking confirmation": async (page, email) => {
    await page.goto(`/book/confirmed/${await bookThroughApi(page.request, email)}`);
  },
};

test.describe("every page type passes an accessibility check", () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${name} in ${scheme} mode has no axe violations`, async ({ page }, testInfo) => {
        await page.emulateMedia({ colorScheme: scheme });
        if (typeof path === "string") await page.goto(path);
        else await path(page, founderEmail(testInfo, `axe-${scheme}`));
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
      });
    }
  }
});

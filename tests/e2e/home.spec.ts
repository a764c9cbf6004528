import { expect, test, type Page } from "@playwright/test";
import { publishedByCommandTitle } from "./support/published-by-command";
import { expectedRanges, home, signalLabels } from "./support/site-content";

const checkTwoSignals = async (page: Page) => {
  await page.getByRole("checkbox", { name: signalLabels[0] }).check();
  await page.getByRole("checkbox", { name: signalLabels[2] }).check();
};

const answer = (page: Page) => page.getByRole("region", { name: home.readiness.resultHeading });

test.describe("a reader on the home page", () => {
  test("learns what AI Operations is, the four shapes of work and what it isn't", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^AI Operations is the layer between what AI can do/);
    const shapes = page.getByRole("region", { name: home.shapes.heading });
    await expect(shapes.getByRole("heading", { level: 3 })).toHaveText(home.shapes.items.map((item) => item.title));
    await expect(shapes.getByRole("heading", { level: 3 })).toHaveCount(4);
    const notThis = page.getByRole("region", { name: home.notThis.heading });
    await expect(notThis.getByRole("heading", { level: 3 })).toHaveText(home.notThis.items.map((item) => item.title));
  });

  test("sees the three engagements with their ranges and the latest notes", async ({ page }) => {
    await page.goto("/");
    for (const [id, range] of Object.entries(expectedRanges)) {
      await expect(page.getByTestId(`summary-price-${id}`)).toContainText(range);
      // The currency is said, not left to a "$" a visitor abroad would have to guess at.
      await expect(page.getByTestId(`summary-price-${id}`)).toContainText(/^USD\s\d/);
    }
    const latest = page.getByRole("region", { name: home.latestNotes.heading });
    // The end-to-end content is note No. 01 plus the note published through note:new (see support/prepare-content.ts).
    await expect(latest.getByRole("article")).toHaveCount(2);
    await expect(latest.getByRole("link", { name: "What ‘AI Operations’ actually means" })).toBeVisible();
    await expect(latest.getByRole("link", { name: publishedByCommandTitle })).toBeVisible();
  });

  test("finds every “Start a conversation” link leads to the booking form", async ({ page }) => {
    await page.goto("/");
    const hrefs = await page
      .getByRole("link", { name: /^Start a conversation/ })
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) expect(href).toBe("/book");
  });

  test("with two signals ticked, is recommended the Scoping engagement at once, without leaving the page", async ({ page }) => {
    await page.goto("/");
    // Once the page is interactive, the answer follows the boxes and the submit button is no longer needed.
    await expect(page.getByRole("button", { name: home.readiness.submit })).toBeHidden();
    await expect(answer(page)).toHaveCount(0);
    await checkTwoSignals(page);
    await expect(answer(page)).toContainText(home.readiness.scoping.heading);
    await expect(answer(page)).toContainText(`Scoping engagement · ${expectedRanges.scoping}`);
    await expect(answer(page).getByRole("link", { name: home.readiness.scoping.button })).toHaveAttribute(
      "href",
      "/book?engagement=scoping",
    );
    await expect(page).toHaveURL("/");
  });

  test("with one signal ticked, is pointed to the field notes", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: home.readiness.submit })).toBeHidden();
    await checkTwoSignals(page);
    await page.getByRole("checkbox", { name: signalLabels[0] }).uncheck();
    await expect(answer(page)).toContainText(home.readiness.notes.heading);
    await expect(answer(page)).not.toContainText(expectedRanges.scoping);
    await expect(answer(page).getByRole("link", { name: home.readiness.notes.link })).toHaveAttribute("href", "/notes");
  });
});

test.describe("a reader on the home page with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("ticks two signals, asks for the next step, and is recommended the Scoping engagement", async ({ page }) => {
    await page.goto("/");
    await checkTwoSignals(page);
    await page.getByRole("button", { name: home.readiness.submit }).click();
    await expect(page).toHaveURL(/\/readiness\?signals=shelved-tools&signals=undone-work$/);
    await expect(answer(page)).toContainText(home.readiness.scoping.heading);
    await expect(answer(page)).toContainText(`Scoping engagement · ${expectedRanges.scoping}`);
    await expect(answer(page).getByRole("link", { name: home.readiness.scoping.button })).toHaveAttribute(
      "href",
      "/book?engagement=scoping",
    );
    // The answer page keeps the reader's ticks, so they can change their mind and ask again.
    await expect(page.getByRole("checkbox", { name: signalLabels[0] })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: signalLabels[1] })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: signalLabels[2] })).toBeChecked();
  });

  test("ticks one signal and is pointed to the field notes", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("checkbox", { name: signalLabels[1] }).check();
    await page.getByRole("button", { name: home.readiness.submit }).click();
    await expect(page).toHaveURL(/\/readiness\?signals=willpower-ceiling$/);
    await expect(answer(page)).toContainText(home.readiness.notes.heading);
    await answer(page).getByRole("link", { name: home.readiness.notes.link }).click();
    await expect(page).toHaveURL("/notes");
  });

  test("the answer page is not offered to search engines", async ({ page }) => {
    await page.goto("/readiness?signals=shelved-tools");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});

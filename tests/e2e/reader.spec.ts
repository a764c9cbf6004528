import { expect, test } from "@playwright/test";

const noteOne = "/notes/what-ai-operations-actually-means";
const noteOneSections = [
  "The short version",
  "What the work is",
  "What it isn't",
  "How to know if you need one",
  "The three ways to work together",
  "Where the title comes from",
];

test.describe("a prospective client reading the field notes", () => {
  test("goes from the home page to Field notes to note No. 01 and finds the way to book", async ({ page, isMobile }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Field notes" }).click();
    await expect(page).toHaveURL(/\/notes$/);
    await expect(page.getByRole("heading", { level: 1, name: "Field notes" })).toBeVisible();

    const entry = page.getByRole("listitem").filter({ hasText: "No. 01" });
    await expect(entry).toContainText("April 9, 2026 · 6 min read");
    await entry.getByRole("link", { name: "What 'AI Operations' actually means" }).click();

    await expect(page).toHaveURL(noteOne);
    await expect(page.getByTestId("series-line")).toHaveText("Field Notes · No. 01 · April 9, 2026 · 6 min read");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What 'AI Operations' actually means");

    for (const section of noteOneSections) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }

    const cta = page.getByRole("complementary", { name: "If this lands" });
    await expect(cta).toContainText("30-minute intro");
    await expect(cta.getByRole("link", { name: "Start a conversation" })).toHaveAttribute("href", "/book");
    if (!isMobile) {
      await expect(page.getByRole("banner").getByRole("link", { name: "Start a conversation" })).toHaveAttribute("href", "/book");
    }
  });

  test("sees the sections of a long note and jumps to one", async ({ page }) => {
    await page.goto(noteOne);
    const contents = page.getByRole("navigation", { name: "In this note" });
    await expect(contents.getByRole("link")).toHaveText(noteOneSections);
    await contents.getByRole("link", { name: "Where the title comes from" }).click();
    await expect(page).toHaveURL(`${noteOne}#where-the-title-comes-from`);
    await expect(page.getByRole("heading", { level: 2, name: "Where the title comes from" })).toBeInViewport();
  });

  test("can link straight to a section of a note", async ({ page }) => {
    await page.goto(noteOne);
    const anchor = page.getByRole("heading", { name: "What it isn't" }).getByRole("link", { name: "Link to this section" });
    await expect(anchor).toHaveAttribute("href", "#what-it-isnt");
    await page.goto(`${noteOne}#what-it-isnt`);
    await expect(page.locator("#what-it-isnt")).toBeInViewport();
  });

  test("finds notes by tag", async ({ page }) => {
    await page.goto(noteOne);
    await page.getByRole("list", { name: "Tags" }).first().getByRole("link", { name: "consulting" }).click();
    await expect(page).toHaveURL("/notes/tags/consulting");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tagged “consulting”");
    await expect(page.getByRole("link", { name: "What 'AI Operations' actually means" })).toBeVisible();
  });

  test("gets a real 404 page for a note that does not exist", async ({ page }) => {
    const response = await page.goto("/notes/no-such-note");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn’t here");
    await expect(page.getByRole("link", { name: "All field notes" })).toBeVisible();
  });

  test("skips straight to the content from the keyboard", async ({ page }) => {
    await page.goto(noteOne);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${noteOne}#main`);
  });
});

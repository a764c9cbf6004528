import { expect, test, type Locator } from "@playwright/test";
import { publishedByCommandSlug, publishedByCommandTitle } from "./support/published-by-command";

const noteOne = "/notes/what-ai-operations-actually-means";
const noteOneTitle = "What ‘AI Operations’ actually means";
const noteOneSections = [
  "The short version",
  "What the work is",
  "What it isn’t",
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
    const menu = page.getByRole("navigation", { name: "Main" });
    await expect(menu.getByRole("link", { name: "Field notes" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link", { name: "Engagements" })).not.toHaveAttribute("aria-current");

    const entry = page.getByRole("listitem").filter({ hasText: "No. 01" });
    await expect(entry).toContainText("April 9, 2026 · 6 min read");
    await entry.getByRole("link", { name: noteOneTitle }).click();

    await expect(page).toHaveURL(noteOne);
    // On a note, the menu marks the section it belongs to, not a page.
    await expect(menu.getByRole("link", { name: "Field notes" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId("series-line")).toHaveText("Field notes · No. 01 · April 9, 2026 · 6 min read");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(noteOneTitle);

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

  test("finishes a note and finds the next one, and who wrote it, before the invitation to talk", async ({ page }) => {
    await page.goto(noteOne);
    const next = page.getByRole("navigation", { name: "Read next" }).getByRole("link");
    await expect(next).toHaveAttribute("href", `/notes/${publishedByCommandSlug}`);
    await expect(next).toHaveAttribute("rel", "next");
    await expect(next).toContainText(`Next note · No. 02`);
    await expect(next).toContainText(publishedByCommandTitle);
    const author = page.getByRole("complementary", { name: "About the author" });
    await expect(author.getByRole("link")).toHaveAttribute("href", "/about");
    // Read next, then the author, then the call to action.
    const order = await page.locator('[aria-label="Read next"], [aria-label="About the author"], #note-cta').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("aria-label") ?? node.id),
    );
    expect(order).toEqual(["Read next", "About the author", "note-cta"]);
  });

  test("keeps the contents list in view beside the text on a wide screen, marking the section being read", async ({ page, isMobile }) => {
    test.skip(isMobile, "a phone keeps the list above the text");
    await page.goto(noteOne);
    const contents = page.getByRole("navigation", { name: "In this note" });
    await expect(contents).toHaveCSS("position", "sticky");
    await page.getByRole("heading", { level: 2, name: "Where the title comes from" }).scrollIntoViewIfNeeded();
    await expect(contents).toBeInViewport();
    const text = await page.locator(".prose").boundingBox();
    const list = await contents.boundingBox();
    expect(list!.x).toBeGreaterThan(text!.x + text!.width);
    // Chromium marks the link of the section in view as :target-current (CSS scroll-target-group, no script).
    const marked = () => contents.getByRole("link").evaluateAll((links) => links.filter((a) => a.matches(":target-current")).map((a) => a.textContent));
    await contents.getByRole("link", { name: "Where the title comes from" }).click();
    await expect.poll(marked).toEqual(["Where the title comes from"]);
    await page.getByRole("heading", { level: 2, name: "The short version" }).scrollIntoViewIfNeeded();
    await expect.poll(marked).toEqual(["The short version"]);
  });

  test("reads a note set for a long read: large text with room between paragraphs, headings, bullets and links that stand out", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(noteOne);
    const text = page.locator(".prose");
    const pixels = (locator: Locator, property: string) => locator.evaluate((node, name) => parseFloat(getComputedStyle(node).getPropertyValue(name)), property);
    expect(await pixels(text, "font-size")).toBeCloseTo(18, 1);
    expect(await pixels(text.locator("> p").nth(1), "margin-top")).toBeCloseTo(24, 1);
    const heading = text.getByRole("heading", { level: 2, name: "What it isn’t" });
    expect(await pixels(heading, "font-size")).toBeCloseTo(30, 1);
    expect(await pixels(heading, "margin-top")).toBeCloseTo(56, 1);
    await expect(text.locator("ul > li").first()).toHaveCSS("display", "list-item");
    await expect(text.locator("ul").first()).toHaveCSS("list-style-type", "disc");
    await expect(text.locator("strong").first()).toHaveCSS("font-weight", "600");
    const link = text.locator("p a").first();
    await expect(link).toHaveCSS("text-decoration-line", "underline");
    await expect(link).toHaveCSS("color", "rgb(30, 92, 71)");
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
    const anchor = page.getByRole("heading", { name: "What it isn’t" }).getByRole("link", { name: "Link to this section" });
    await expect(anchor).toHaveAttribute("href", "#what-it-isnt");
    await page.goto(`${noteOne}#what-it-isnt`);
    await expect(page.locator("#what-it-isnt")).toBeInViewport();
  });

  test("finds notes by tag", async ({ page }) => {
    await page.goto(noteOne);
    await page.getByRole("list", { name: "Tags" }).first().getByRole("link", { name: "consulting" }).click();
    await expect(page).toHaveURL("/notes/tags/consulting");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tagged “consulting”");
    await expect(page.getByRole("link", { name: noteOneTitle })).toBeVisible();
    // A tag with one note still says what the series is, and how to follow it.
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(1);
    const series = page.getByRole("complementary", { name: "About the series" });
    await expect(series).toContainText("Field notes is a series");
    await expect(series.getByRole("link", { name: /RSS/ })).toHaveAttribute("href", "/feed.xml");
    await expect(series).not.toContainText(/email|newsletter/i);
  });

  test("gets a real 404 page for a note that does not exist", async ({ page }) => {
    const response = await page.goto("/notes/no-such-note");
    expect(response?.status()).toBe(404);
    // Still so once React has run: the page's own metadata says the same as the not-found page.
    await expect(page).toHaveTitle(/^Page not found/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn’t here");
    await expect(page.getByRole("link", { name: "All field notes" })).toBeVisible();
  });

  test("gets the same 404 page, in the site's frame, at an address the site does not have", async ({ page }) => {
    const response = await page.goto("/no-such-page/at-all");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(/^Page not found/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn’t here");
    await expect(page.getByRole("banner").getByRole("link", { name: "Start a conversation" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).locator("[aria-current]")).toHaveCount(0);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Privacy" })).toBeVisible();
    await page.getByRole("link", { name: "All field notes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Field notes" })).toBeVisible();
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

import { expect, test } from "@playwright/test";
import { publishedByCommandSlug, publishedByCommandTitle } from "./support/published-by-command";

// tests/e2e/support/prepare-content.ts made this note with `npm run note:new`, filled it in and set draft: false.
const title = publishedByCommandTitle;
const slug = publishedByCommandSlug;

test.describe("the consultant publishes a note by adding one file", () => {
  test("the new note is listed first on Field notes, as No. 02, and reads like any other", async ({ page }) => {
    await page.goto("/notes");
    const first = page.getByRole("main").getByRole("listitem").first();
    await expect(first).toContainText("No. 02");
    await first.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(`/notes/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Publishing is adding one file. This one proves it.")).toBeVisible();
    // The newest note has no next one and no tags: it offers the latest other note.
    await expect(page.getByRole("navigation", { name: "Read next" }).getByRole("link")).toContainText(
      "What ‘AI Operations’ actually means",
    );
  });

  test("the new note is in the feed and the sitemap", async ({ request, baseURL }) => {
    const feed = await (await request.get("/feed.xml")).text();
    expect(feed).toContain(`<link>${baseURL}/notes/${slug}</link>`);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${baseURL}/notes/${slug}</loc>`);
  });
});

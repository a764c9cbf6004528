import { expect, test } from "@playwright/test";
import { site } from "./support/site-content";

test.describe("a reader getting to know the consultant", () => {
  test("reads where the work comes from and how an engagement runs, then finds the way to book", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
    await expect(page).toHaveURL("/about");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(site.name);
    await expect(page.getByRole("main")).toContainText("about a decade in operations");
    await expect(page.getByRole("main")).toContainText("co-owned two yoga studios");
    await expect(page.getByRole("main")).toContainText("food service at scale");
    await expect(page.getByRole("main")).toContainText("run the system, fix it, document it, hand it off");

    const steps = page.getByRole("region", { name: "How an engagement runs" }).getByRole("listitem");
    await expect(steps.first()).toContainText("An intro call");
    await expect(steps.last()).toContainText("hand it off");

    const hrefs = await page.getByRole("link", { name: /^Start a conversation/ }).evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(href).toBe("/book");
  });
});

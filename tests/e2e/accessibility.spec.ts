import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// axe walks every node of the page; on a busy two-core machine a long page (the home page) can take more than the
// default 30 seconds, which is a slow machine, not a failing page.
test.describe.configure({ timeout: 90_000 });

const pages = {
  home: "/",
  "the notes index": "/notes",
  "a note": "/notes/what-ai-operations-actually-means",
  "a tag page": "/notes/tags/ai-operations",
  "the 404 page for a missing note": "/notes/no-such-note",
  "the 404 page for an unknown address": "/no-such-page",
  "the engagements page": "/engagements",
  "the about page": "/about",
  "the self-check's answer": "/readiness?signals=shelved-tools&signals=undone-work",
};

test.describe("every page type passes an accessibility check", () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${name} in ${scheme} mode has no axe violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
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
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
    });
  }
});

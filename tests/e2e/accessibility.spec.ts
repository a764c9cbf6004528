import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = {
  home: "/",
  "the notes index": "/notes",
  "a note": "/notes/what-ai-operations-actually-means",
  "a tag page": "/notes/tags/ai-operations",
  "the 404 page": "/notes/no-such-note",
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

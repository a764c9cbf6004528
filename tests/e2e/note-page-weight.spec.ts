import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { expect, test } from "@playwright/test";

// The note page is static HTML: none of the project's own modules may be client components on that route.
test("a note page ships no client component of its own", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "reads the build once");
  const file = path.join(".next/server/app/(site)/notes/[slug]/page_client-reference-manifest.js");
  const sandbox: { globalThis: Record<string, unknown> } = { globalThis: {} };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const manifest = (sandbox.globalThis.__RSC_MANIFEST as Record<string, { clientModules: Record<string, unknown> }>)[
    "/(site)/notes/[slug]/page"
  ]!;
  const clientModules = Object.keys(manifest.clientModules);
  expect(clientModules.length).toBeGreaterThan(0);
  expect(clientModules.filter((id) => !id.startsWith("[project]/node_modules/next/"))).toEqual([]);
});

// Next fetches every linked page as its link comes into view unless told not to: the header alone is six pages.
test("a reader's phone fetches no other page until a link is followed, which then opens in place", async ({ page }) => {
  const pageData: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] || new URL(request.url()).searchParams.has("_rsc")) pageData.push(request.url());
  });
  await page.goto("/notes/what-ai-operations-actually-means");
  await page.waitForLoadState("networkidle");
  await page.mouse.move(1, 1);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Engagements" }).hover();
  await page.waitForTimeout(300);
  expect(pageData).toEqual([]);

  // Followed in place: the page's own script state survives, as it would not through a reload.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Engagements" }).click();
  await expect(page).toHaveURL(/\/engagements$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("What ‘AI Operations’ actually means");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(pageData.map((url) => new URL(url).pathname)).toEqual(["/engagements"]);
});

// The serif comes in two cuts: every page needs the core; the rest (€, Æ and the like) only where a page shows one.
test("a reader's phone downloads only the serif's core cut, and the rest when the text needs it", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
  });
  await page.goto("/notes/what-ai-operations-actually-means");
  await page.waitForLoadState("networkidle");
  expect(fonts).toHaveLength(1);
  expect(fonts[0]).toMatch(/source_serif_4_site_wght_normal/);

  await page.evaluate(() => {
    const line = document.createElement("p");
    line.textContent = "A fee of €4,000, paid in ½ at the start";
    document.querySelector("main")!.append(line);
  });
  await expect.poll(() => fonts.length).toBe(2);
  expect(fonts[1]).toMatch(/source-serif-4-site-wght-normal-rest/);
  // Requested is not yet loaded: the page draws those characters in the serif once the rest cut has arrived.
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px "sourceSerif"', "€½"))).toBe(true);
});

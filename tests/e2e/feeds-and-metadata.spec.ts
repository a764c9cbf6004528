import { expect, test } from "@playwright/test";

const slug = "what-ai-operations-actually-means";

test.describe("the web around the notes", () => {
  test("a feed reader finds note No. 01 at its absolute address", async ({ request, baseURL }) => {
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain(`<atom:link href="${baseURL}/feed.xml" rel="self" type="application/rss+xml"/>`);
    expect(xml).toContain(`<link>${baseURL}/notes/${slug}</link>`);
    expect(xml).toContain("<title>Field notes · ko · AI Operations</title>");
    expect(xml).toContain("<title>What ‘AI Operations’ actually means</title>");
    expect(xml).toContain("<pubDate>Thu, 09 Apr 2026 00:00:00 GMT</pubDate>");
  });

  test("search engines get a sitemap and robots rules with absolute addresses", async ({ request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${baseURL}/notes/${slug}</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/notes</loc>`);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test("a shared link to a note shows its title, summary and its own image", async ({ page, request, baseURL }) => {
    await page.goto(`/notes/${slug}`);
    await expect(page).toHaveTitle("What ‘AI Operations’ actually means · ko · AI Operations");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/notes/${slug}`);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /no dictionary entry yet/);

    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toContain(`${baseURL}/notes/${slug}/opengraph-image`);
    const png = await request.get(image!);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      "@type": "Article",
      headline: "What ‘AI Operations’ actually means",
      datePublished: "2026-04-09",
      url: `${baseURL}/notes/${slug}`,
    });
  });
});

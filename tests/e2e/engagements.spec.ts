import { expect, test } from "@playwright/test";
import { engagementsFile, expectedRanges } from "./support/site-content";

test.describe("a founder weighing up an engagement", () => {
  test("sees the three offers in order, each with its published range, duration and what it includes", async ({ page }) => {
    await page.goto("/engagements");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(engagementsFile.title);

    const offers = page.getByRole("main").getByRole("article");
    await expect(offers).toHaveCount(3);
    await expect(offers.getByRole("heading", { level: 2 })).toHaveText([
      "Scoping engagement",
      "Build engagement",
      "Fractional monthly partnership",
    ]);

    // The ranges read as the content file sets them, written for people, each saying its currency.
    expect(Object.values(expectedRanges)).toEqual([
      expect.stringMatching(/^USD\u00a0[\d,]+–[\d,]+$/),
      expect.stringMatching(/^USD\u00a0[\d,]+–[\d,]+$/),
      expect.stringMatching(/^USD\u00a0[\d,]+–[\d,]+ \/ month$/),
    ]);
    for (const engagement of engagementsFile.engagements) {
      const offer = page.getByRole("article", { name: engagement.name });
      await expect(offer.getByTestId(`price-${engagement.id}`)).toHaveText(expectedRanges[engagement.id]);
      await expect(offer).toContainText(engagement.duration);
      await expect(offer.getByRole("listitem")).toHaveCount(engagement.includes.length);
    }
    await expect(page.getByRole("article", { name: "Build engagement" })).toContainText("3 to 6 months");
  });

  test("sees the page marked as the current one in the main menu", async ({ page }) => {
    await page.goto("/engagements");
    const menu = page.getByRole("navigation", { name: "Main" });
    await expect(menu.getByRole("link", { name: "Engagements" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link", { name: "Field notes" })).not.toHaveAttribute("aria-current");
    await expect(menu.getByRole("link", { name: "About" })).not.toHaveAttribute("aria-current");
  });

  test("opens a question in the FAQ and reads the answer", async ({ page }) => {
    await page.goto("/engagements");
    const [first] = engagementsFile.faq;
    const answer = page.getByText(first!.answer);
    await expect(answer).toBeHidden();
    await page.getByText(first!.question).click();
    await expect(answer).toBeVisible();
  });

  test("starts a conversation from an offer, and the booking form is told which one", async ({ page }) => {
    await page.goto("/engagements");
    const main = page.getByRole("main");
    const links = main.getByRole("link", { name: /^Start a conversation/ });
    await expect(links).toHaveCount(3);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["/book?engagement=scoping", "/book?engagement=build", "/book?engagement=fractional"]);
    await expect(
      page.getByRole("article", { name: "Fractional monthly partnership" }).getByRole("link", { name: /^Start a conversation/ }),
    ).toHaveAttribute("href", "/book?engagement=fractional");
    await expect(page.getByRole("banner").getByRole("link", { name: "Start a conversation" })).toHaveAttribute("href", "/book");

    // The booking form's words follow the offer the founder came from, as its choice does.
    await page.getByRole("article", { name: "Build engagement" }).getByRole("link", { name: /^Start a conversation/ }).click();
    await expect(page).toHaveURL(/\/book\?engagement=build$/);
    await expect(page.getByText("whether the Build engagement is the right next step")).toBeVisible();
    await expect(page.getByText("Scoping engagement is the right next step")).toHaveCount(0);
    await expect(page.getByLabel("The engagement you have in mind")).toHaveValue("build");
  });

  test("search engines read each range as a price specification, per month for the partnership", async ({ page, baseURL }) => {
    await page.goto("/engagements");
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const services = data["@graph"] as { name: string; offers: { priceSpecification: Record<string, unknown> } }[];
    expect(services.map((service) => service.name)).toEqual(engagementsFile.engagements.map((e) => e.name));
    engagementsFile.engagements.forEach((engagement, index) => {
      expect(services[index]).toMatchObject({
        "@type": "Service",
        offers: {
          "@type": "Offer",
          url: `${baseURL}/engagements`,
          priceSpecification: {
            "@type": "UnitPriceSpecification",
            minPrice: engagement.investment.low,
            maxPrice: engagement.investment.high,
            priceCurrency: engagement.investment.currency,
          },
        },
      });
    });
    expect(services[2]!.offers.priceSpecification).toMatchObject({
      unitText: "MONTH",
      referenceQuantity: { "@type": "QuantitativeValue", value: 1, unitCode: "MON" },
    });
    expect(services[0]!.offers.priceSpecification).not.toHaveProperty("unitText");
  });
});

test.describe("the new pages on the web", () => {
  for (const { path, title, image } of [
    { path: "/", title: "ko · AI Operations", image: "/opengraph-image" },
    { path: "/engagements", title: "Engagements · ko · AI Operations", image: "/engagements/opengraph-image" },
    { path: "/about", title: /^About .+ · ko · AI Operations$/, image: "/about/opengraph-image" },
  ]) {
    test(`a shared link to ${path} shows its own title, description, address and image`, async ({ page, request, baseURL }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(title);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", path === "/" ? baseURL! : `${baseURL}${path}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\w{3,}/);
      const og = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(og).toContain(`${baseURL}${image}`);
      const png = await request.get(og!);
      expect(png.status()).toBe(200);
      expect(png.headers()["content-type"]).toBe("image/png");
    });
  }

  test("the sitemap lists the engagements and about pages", async ({ request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${baseURL}/engagements</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/about</loc>`);
    expect(sitemap).not.toContain("/readiness");
  });
});

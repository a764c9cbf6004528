import { expect, test, type Page } from "@playwright/test";
import { pickDayThenTime } from "./booking-helpers";

// Every kind of response carries the same protective headers; no page may be framed or post its forms elsewhere.
const responses = {
  "a page": "/",
  "a note": "/notes/what-ai-operations-actually-means",
  "the booking form": "/book",
  "an API response": "/api/availability",
  "the health check": "/api/health",
  "the feed": "/feed.xml",
};

test.describe("a visitor's browser is told to protect them", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "headers do not depend on the screen");
  });

  for (const [name, path] of Object.entries(responses)) {
    test(`${name} carries the security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      const policy = headers["content-security-policy"];
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) {
        expect(policy).toContain(directive);
      }
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("a page's own scripts, styles and fonts carry nosniff alone: the page's rules come with the page", async ({ request }) => {
    const html = await (await request.get("/notes/what-ai-operations-actually-means")).text();
    const files = [...new Set(html.match(/\/_next\/static\/[^"'\s]+\.(?:js|css|woff2)/g))];
    for (const kind of [".js", ".css", ".woff2"]) expect(files.some((file) => file.endsWith(kind)), kind).toBe(true);
    for (const file of files) {
      const response = await request.get(file);
      expect(response.status(), file).toBe(200);
      const headers = response.headers();
      expect(headers["x-content-type-options"], file).toBe("nosniff");
      for (const pageRule of ["content-security-policy", "permissions-policy", "x-frame-options", "referrer-policy", "strict-transport-security"]) {
        expect(headers[pageRule], `${pageRule} on ${file}`).toBeUndefined();
      }
    }
  });

  test("the health check answers a load balancer with the database's state and nothing of the bookings", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["calendars", "database", "oldestPendingEmailSeconds", "status"]);
    expect(body).toMatchObject({ status: "ok", database: "reachable" });
    expect(body.oldestPendingEmailSeconds === null || typeof body.oldestPendingEmailSeconds === "number").toBe(true);
    expect(Array.isArray(body.calendars)).toBe(true);
    for (const calendar of body.calendars) {
      expect(Object.keys(calendar).sort()).toEqual(["fresh", "id", "lastReadSecondsAgo"]);
      expect(typeof calendar.fresh).toBe("boolean");
    }
  });

  test("the booking page is kept and served alike to everyone, with the policy written down for static pages", async ({ request }) => {
    const response = await request.get("/book", { headers: { referer: "https://elsewhere.example/<script>" } });
    expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|MISS|STALE/);
    const policy = response.headers()["content-security-policy"];
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("nonce-");
    expect(await response.text()).not.toContain("elsewhere.example");
  });

  test("a booking page drawn for one visitor (their chosen zone) runs only the scripts that carry this response's nonce", async ({ request }) => {
    const first = await request.get("/book?tz=Europe/Berlin");
    const policy = first.headers()["content-security-policy"] ?? "";
    const scriptSources = /script-src ([^;]+)/.exec(policy)![1]!;
    expect(scriptSources).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(scriptSources)![1]!;
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    const second = await request.get("/book?tz=Europe/Berlin");
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
  });

  test("a note is served from the static build, with the policy written down for static pages", async ({ request }) => {
    const response = await request.get("/notes/what-ai-operations-actually-means");
    expect(response.headers()["x-nextjs-cache"] ?? response.headers()["x-nextjs-prerender"]).toBeTruthy();
    const policy = response.headers()["content-security-policy"];
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("nonce-");
  });
});

/** Collects every Content-Security-Policy violation the page reports, from the first script on. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

test.describe("the site works in Chromium under its policy", () => {
  test("the watcher below does see a script the policy blocks", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the watcher does not depend on the screen");
    const violations = await watchForViolations(page);
    await page.route("/policy-check", (route) =>
      route.fulfill({ contentType: "text/html", headers: { "Content-Security-Policy": "script-src 'self'" }, body: "<script>window.ran = true</script>" }),
    );
    await page.goto("/policy-check");
    expect(await page.evaluate(() => "ran" in window)).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });

  test("a reader opens a note and ticks the self-check, with nothing blocked", async ({ page }) => {
    const violations = await watchForViolations(page);
    await page.goto("/notes/what-ai-operations-actually-means");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/");
    const boxes = page.getByRole("checkbox");
    await boxes.first().check();
    await expect(boxes.first()).toBeChecked();
    expect(violations).toEqual([]);
  });

  test("a founder picks a day and a time and gets a mistake back from the server, with nothing blocked", async ({ page }) => {
    const violations = await watchForViolations(page);
    await page.goto("/book");
    await pickDayThenTime(page, 0);
    await page.getByLabel("Your name", { exact: true }).fill("Policy Checker");
    await page.getByLabel("Email", { exact: true }).fill("not-an-email");
    await page.getByRole("button", { name: /^Book/ }).click();
    await expect(page.getByText("Please enter an email address like name@company.com").first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});

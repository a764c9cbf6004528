import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { headerLineOf, linkPathIn, waitForMail } from "./mail-helpers";
import { signIn } from "./support/admin-credentials";

// A reader getting new field notes by email: subscribe, confirm from the email, leave with one click. Each test's
// address is its own (project and retry in it), since every test shares one site and one mail folder.
const readerEmail = (testInfo: { project: { name: string }; retry: number }, label: string) =>
  `${label}-${testInfo.project.name}-${testInfo.retry}@reader.example`;
const NOTE = "/notes/what-ai-operations-actually-means";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader subscribes at the end of a note, confirms from the email and is told so", async ({ page }, testInfo) => {
    const email = readerEmail(testInfo, "no-js");
    await page.goto(NOTE);
    const form = page.getByRole("region", { name: "Get new field notes by email" });
    await form.getByLabel("Your email address").fill(email);
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/subscribe\?sent=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    await expect(page.getByRole("status")).toContainText("an email with a link to confirm is on its way");

    const mail = await waitForMail(email, "Confirm your subscription to Field notes");
    await page.goto(linkPathIn(mail, "/subscribe/confirm"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are subscribed");
    // The same link again: it says so, and changes nothing.
    await page.goto(linkPathIn(mail, "/subscribe/confirm"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Already confirmed");
  });

  test("an address the browser lets through but is not one is shown next to the field, as typed", async ({ page }, testInfo) => {
    await page.goto("/subscribe");
    const typed = `${readerEmail(testInfo, "bad").split("@")[0]}@reader`;
    await page.getByLabel("Your email address").fill(typed);
    await page.getByRole("button", { name: "Subscribe" }).click();
    const field = page.getByLabel("Your email address");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveValue(typed);
    await expect(page.locator("#subscribe-error")).toHaveText("Please enter an email address like name@example.com.");
  });
});

test.describe("with JavaScript", () => {
  test("the form on the notes page answers in place, and the leave link in the email unsubscribes at once", async ({ page }, testInfo) => {
    const email = readerEmail(testInfo, "in-place");
    await page.goto("/notes");
    const form = page.getByRole("region", { name: "Get new field notes by email" });
    await form.getByLabel("Your email address").fill(email);
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(form.getByRole("status")).toContainText("Check your inbox");
    await expect(page).toHaveURL(/\/notes$/);

    const mail = await waitForMail(email, "Confirm your subscription to Field notes");
    await page.goto(linkPathIn(mail, "/subscribe/confirm"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are subscribed");
    await expectNoAxeViolations(page);
    await page.goto(linkPathIn(mail, "/subscribe/leave"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are unsubscribed");
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Already unsubscribed");
    await page.getByRole("link", { name: "Changed your mind? Subscribe again" }).click();
    await expect(page).toHaveURL(/\/subscribe$/);
  });

  test("the form on a note's page answers without reloading the page", async ({ page }, testInfo) => {
    await page.goto(NOTE);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const form = page.getByRole("region", { name: "Get new field notes by email" });
    await form.getByLabel("Your email address").fill(readerEmail(testInfo, "soft"));
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  });

  test("a mail client's own unsubscribe button posts once and the address is out", async ({ page, request }, testInfo) => {
    const email = readerEmail(testInfo, "one-click");
    await page.goto("/subscribe");
    await page.getByLabel("Your email address").fill(email);
    await page.getByRole("button", { name: "Subscribe" }).click();
    const mail = await waitForMail(email, "Confirm your subscription to Field notes");
    expect(headerLineOf(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const target = /<https?:\/\/[^/]+(\/api\/newsletter\/leave\/[A-Za-z0-9_-]{43})>/.exec(headerLineOf(mail, "List-Unsubscribe") ?? "")![1]!;
    await page.goto(linkPathIn(mail, "/subscribe/confirm"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are subscribed");

    // A mail system fetching the header's address on its own changes nothing.
    const fetched = await request.get(target, { maxRedirects: 0 });
    expect(fetched.status()).toBe(405);
    expect(fetched.headers()["allow"]).toBe("POST");
    const first = await request.post(target, { form: { "List-Unsubscribe": "One-Click" } });
    expect(first.status()).toBe(200);
    expect(await first.text()).toContain("Unsubscribed");
    const replay = await request.post(target, { form: { "List-Unsubscribe": "One-Click" } });
    expect(replay.status()).toBe(200);
    expect(await replay.text()).toContain("Already unsubscribed");
    const forged = await request.post(`/api/newsletter/leave/${"A".repeat(43)}`, { form: { "List-Unsubscribe": "One-Click" } });
    expect(forged.status()).toBe(404);
  });

  test("the self-check's “not yet” offers the notes by email", async ({ page }) => {
    await page.goto("/readiness?signals=shelved-tools");
    await expect(page.getByRole("heading", { name: "Get new field notes by email" })).toBeVisible();
  });
});

test.describe("the consultant", () => {
  test("finds a reader by address and sends themself a test of a note before it goes to anyone", async ({ page }, testInfo) => {
    const email = readerEmail(testInfo, "admin-finds");
    await page.goto("/subscribe");
    await page.getByLabel("Your email address").fill(email);
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByRole("status")).toContainText("Check your inbox");

    await signIn(page);
    await page.getByRole("link", { name: "Subscribers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Subscribers" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Subscribers" })).toHaveAttribute("aria-current", "page");
    await page.getByLabel("Search by address").fill(email.split("@")[0]!);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText(email, { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Waiting for confirmation").first()).toBeVisible();

    await page.getByRole("button", { name: "Send me a test of “What ‘AI Operations’ actually means”" }).click();
    await expect(page.getByRole("status")).toContainText("Test of “What ‘AI Operations’ actually means” queued to hello@ko.example");
    const test = await waitForMail("hello@ko.example", "[Test] What ‘AI Operations’ actually means");
    expect(test.text).toContain("/notes/what-ai-operations-actually-means");
    expect(headerLineOf(test, "List-Unsubscribe")).toBeUndefined();
  });
});

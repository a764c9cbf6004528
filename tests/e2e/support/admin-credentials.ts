import { createHmac } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** The password the end-to-end site's admin is given (playwright.config.ts hashes it with npm run admin:hash). */
export const ADMIN_TEST_PASSWORD = "an end-to-end admin password";
/** The session secret of the end-to-end site, so tests can make an expired session value it would have signed. */
export const ADMIN_TEST_SESSION_SECRET = "end-to-end-session-secret-0123456789abcdef";

/** A session value the site itself would sign, that expired a minute ago. */
export function expiredSessionValue(): string {
  const expiresAt = Date.now() - 60_000;
  return `${expiresAt}.${createHmac("sha256", ADMIN_TEST_SESSION_SECRET).update(`admin-session.${expiresAt}`).digest("base64url")}`;
}

/** A session value signed with a secret the site does not have, valid for a day. */
export function forgedSessionValue(): string {
  const expiresAt = Date.now() + 86_400_000;
  return `${expiresAt}.${createHmac("sha256", "a guessed secret, not the site's own one").update(`admin-session.${expiresAt}`).digest("base64url")}`;
}

/** Signs in through the login form, as the consultant does. */
export async function signIn(page: Page) {
  await page.goto("/admin/login");
  await page.getByLabel("Password").fill(ADMIN_TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in of a run also warms the server up: allow it more than the usual five seconds.
  await expect(page.getByRole("heading", { level: 1, name: "Bookings" })).toBeVisible({ timeout: 20_000 });
}

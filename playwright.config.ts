import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_TEST_PASSWORD, ADMIN_TEST_SESSION_SECRET } from "./tests/e2e/support/admin-credentials";

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium, never a downloaded browser: this machine cannot fetch one.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromiumPath)) {
  throw new Error(
    `Chromium was not found at ${chromiumPath}.\n` +
      "Install it with `apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  );
}

// Bookings made by the tests go to a fresh SQLite database each run (even where DATABASE_URL is set for the storage
// tests), and the rate limit is out of their way.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "ko-e2e-data-"));
// The site's emails go to a real SMTP server started below, which writes each message to this folder.
process.env.E2E_MAIL_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "ko-e2e-mail-"));
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 1000);
process.env.E2E_SMTP_PORT = String(smtpPort);
// The consultant's calendar subscription is served by a real HTTP server from the events tests write to this folder.
process.env.E2E_CALENDAR_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "ko-e2e-calendar-"));
const calendarPort = Number(process.env.E2E_CALENDAR_PORT ?? port + 2000);
process.env.E2E_CALENDAR_PORT = String(calendarPort);

// The admin's password hash, made the way the consultant makes it (npm run admin:hash, the password piped in); once
// per run, here in the main process, and handed to the workers (which load this file again) through the environment.
process.env.E2E_ADMIN_PASSWORD_HASH ??= execFileSync("npx", ["tsx", "scripts/admin-hash.ts"], { input: ADMIN_TEST_PASSWORD, encoding: "utf8" })
  .trim()
  .replace(/^ADMIN_PASSWORD_HASH=/, "");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } },
    { name: "phone", use: { ...devices["Desktop Chrome"], viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true } },
  ],
  // The tests run against a production build, built and started here, of the site's content plus one note
  // published through npm run note:new (tests/e2e/support/prepare-content.ts), the mail server it sends to, and the
  // consultant's calendar it reads.
  webServer: [
    {
      command: "npx tsx tests/e2e/support/smtp-sink-to-folder.ts",
      port: smtpPort,
      reuseExistingServer: !process.env.CI,
      env: { E2E_MAIL_DIR: process.env.E2E_MAIL_DIR, E2E_SMTP_PORT: String(smtpPort) },
      stdout: "pipe",
    },
    {
      command: "npx tsx tests/e2e/support/calendar-feed-server.ts",
      port: calendarPort,
      reuseExistingServer: !process.env.CI,
      env: { E2E_CALENDAR_DIR: process.env.E2E_CALENDAR_DIR, E2E_CALENDAR_PORT: String(calendarPort) },
      stdout: "pipe",
    },
    {
      // Idle connections stay open longer than any pause in a story: a request sent on a connection as the server closes
      // it (Node's default is after 5 s) fails with ECONNRESET.
      command: `npx tsx tests/e2e/support/prepare-content.ts && npm run build && npm run start -- --port ${port} --keepAliveTimeout 120000`,
      url: `${baseURL}/notes`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      env: {
        SITE_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        CONTENT_DIR: "tests/e2e-content",
        DATA_DIR: process.env.E2E_DATA_DIR,
        DATABASE_URL: "",
        BOOKING_RATE_LIMIT: "10000",
        ADMIN_LOGIN_RATE_LIMIT: "10000",
        ADMIN_PASSWORD_HASH: process.env.E2E_ADMIN_PASSWORD_HASH,
        SESSION_SECRET: ADMIN_TEST_SESSION_SECRET,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        CALENDAR_WORK_URL: `http://127.0.0.1:${calendarPort}/work.ics`,
        // Emails leave within half a second, so a test can open them without waiting long.
        OUTBOX_POLL_SECONDS: "0.5",
      },
      stdout: "pipe",
    },
  ],
});

import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { bookThroughApi, founderEmail } from "./booking-helpers";
import { callTimeHasCome } from "./support/past-call";
import { expiredSessionValue, forgedSessionValue, signIn } from "./support/admin-credentials";

// Whoever comes without a valid session (none, an expired one, a forged one) is sent to the login by every admin page
// and server action, and gets a 401 from every admin route handler: never a booking, never a change.

const visitors = {
  "no session": undefined,
  "an expired session": expiredSessionValue,
  "a forged session": forgedSessionValue,
} as const;

async function visitorContext(baseURL: string, session: (() => string) | undefined): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL, ...(session ? { cookie: `admin_session=${session()}` } : {}) },
    maxRedirects: 0,
  });
}

/** The server actions a signed-in page offers, by the ids React writes into its forms for use without JavaScript. */
async function actionIdsOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const html = await page.content();
  return [...new Set([...html.matchAll(/name="\$ACTION_ID_([0-9a-f]+)"/g)].map((match) => match[1]!))];
}

test.describe("the admin refuses anyone who is not signed in", () => {
  let bookingId: string;
  let upcomingId: string;
  let actions: { path: string; id: string }[];
  let feedAddress: string;

  test.beforeAll(async ({ browser }, testInfo) => {
    // It books, signs in and reads five pages; on a busy machine that takes longer than the default 30 seconds.
    test.setTimeout(120_000);
    const page = await browser.newPage();
    // Each worker that runs these tests runs this too: one address each, as one address holds one upcoming call.
    bookingId = await bookThroughApi(page.request, founderEmail(testInfo, `access-${testInfo.workerIndex}`));
    // Under way, so its page offers every command: how it went, and cancelling.
    await callTimeHasCome(bookingId);
    // And one still to come, whose page offers the move.
    upcomingId = await bookThroughApi(page.request, founderEmail(testInfo, `access-upcoming-${testInfo.workerIndex}`));
    await signIn(page);
    actions = [];
    const paths = [`/admin/bookings/${bookingId}`, `/admin/bookings/${upcomingId}`, "/admin/calendar", "/admin/calendars", "/admin/time-off", "/admin/outbox", "/admin"];
    for (const path of paths) {
      for (const id of await actionIdsOn(page, path)) if (!actions.some((action) => action.id === id)) actions.push({ path, id });
    }
    await page.goto("/admin/calendar");
    feedAddress = await page.getByLabel("Subscription address").inputValue();
    await page.close();
  });

  const pages = () => [
    "/admin",
    "/admin?show=past",
    "/admin?show=cancelled",
    `/admin/bookings/${bookingId}`,
    "/admin/outbox",
    "/admin/calendar",
    "/admin/calendars",
    "/admin/time-off",
  ];

  for (const [who, session] of Object.entries(visitors)) {
    test(`with ${who}, every admin page redirects to the login`, async ({ baseURL }) => {
      const visitor = await visitorContext(baseURL!, session);
      for (const path of pages()) {
        const response = await visitor.get(path);
        expect(response.status(), path).toBe(307);
        expect(new URL(response.headers().location!, baseURL).pathname, path).toBe("/admin/login");
        expect(await response.text(), path).not.toContain("access-");
      }
      await visitor.dispose();
    });

    test(`with ${who}, the CSV export answers 401`, async ({ baseURL }) => {
      const visitor = await visitorContext(baseURL!, session);
      const response = await visitor.get("/admin/bookings.csv");
      expect(response.status()).toBe(401);
      expect(response.headers()["cache-control"]).toContain("no-store");
      expect(await response.text()).not.toContain("@founder.example");
      await visitor.dispose();
    });

    test(`with ${who}, every server action redirects to the login and changes nothing`, async ({ baseURL, page }) => {
      expect(actions.length).toBeGreaterThanOrEqual(7);
      const visitor = await visitorContext(baseURL!, session);
      for (const action of actions) {
        const response = await visitor.post(action.path, {
          multipart: {
            [`$ACTION_ID_${action.id}`]: "",
            bookingId: action.path.endsWith(upcomingId) ? upcomingId : bookingId,
            note: `written with ${who}`,
            start: new Date(Date.now() + 10 * 86_400_000).toISOString(),
            from: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
            calendar: "work",
            timeOffId: "any",
            outcome: "no_show",
            message: `cancelled with ${who}`,
            outboxId: "any",
          },
        });
        expect(response.status(), action.path).toBe(303);
        expect(new URL(response.headers().location!, baseURL).pathname, action.path).toBe("/admin/login");
        expect(response.headers()["set-cookie"] ?? "", action.path).not.toMatch(/admin_session=[^;]+\./);
      }
      await visitor.dispose();

      await signIn(page);
      await page.goto(`/admin/bookings/${bookingId}`);
      await expect(page.getByLabel("Only you see this.")).toHaveValue("");
      await expect(page.getByText("Booked", { exact: true })).toBeVisible();
      await page.goto(`/admin/bookings/${upcomingId}`);
      await expect(page.getByText("Booked", { exact: true })).toBeVisible();
      await expect(page.getByRole("status")).toHaveCount(0);
      await page.goto("/admin/time-off");
      await expect(page.getByText(`written with ${who}`)).toHaveCount(0);
      await page.goto("/admin/calendar");
      await expect(page.getByLabel("Subscription address")).toHaveValue(feedAddress);
    });
  }

  test("the calendar feed answers 404 to a wrong token, and to none", async ({ request }) => {
    for (const path of ["/calendar/not-the-token.ics", `/calendar/${"A".repeat(43)}.ics`, "/calendar/.ics"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

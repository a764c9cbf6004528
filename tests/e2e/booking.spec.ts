import { expect, test, type Page } from "@playwright/test";
import { dayFor, founderEmail, pickDayThenTime, pickFromFullList } from "./booking-helpers";
import { manageLinkIn, waitForMail } from "./mail-helpers";
import { signIn } from "./support/admin-credentials";

const note = "/notes/what-ai-operations-actually-means";

async function startFromTheNote(page: Page) {
  await page.goto(note);
  await page.getByRole("complementary", { name: "If this lands" }).getByRole("link", { name: "Start a conversation" }).click();
  await expect(page).toHaveURL(/\/book$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Book a free 30-minute intro");
}

async function tellAboutTheBusiness(page: Page, email: string) {
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Company").fill("Analytical Engines");
  await page.getByLabel("Team size").selectOption("11–25");
  await page.getByLabel("What would you like to talk about?").fill("Month-end close takes a week.");
  await page.getByLabel("You tried one or two AI tools").check();
  await page.getByLabel("You can name three or four pieces of work").check();
}

/** The instant as the confirmation page writes the start: "Wednesday, December 2, 2026, 3:00 – 3:30 PM". */
function writtenIn(iso: string, timeZone: string) {
  const start = new Date(iso);
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit" })
    .formatRange(start, new Date(start.getTime() + 30 * 60_000));
}

async function expectTimeIsNoLongerOffered(page: Page, start: string) {
  const { slots } = (await (await page.request.get("/api/availability")).json()) as { slots: { start: string }[] };
  expect(slots.map((slot) => slot.start)).not.toContain(start);
  const second = await page.request.post("/api/bookings", {
    data: { name: "Grace Hopper", email: "grace@founder.example", start, timeZone: "America/New_York" },
  });
  expect(second.status()).toBe(409);
}

test.describe("a founder books the intro call, with JavaScript", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("from a note's 'Start a conversation' to a confirmed booking, in their own time zone", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await startFromTheNote(page);
    await expect(page.getByText("Times in Berlin, Germany — UTC+")).toBeVisible();

    const start = await pickDayThenTime(page, dayFor(testInfo, 0));
    await tellAboutTheBusiness(page, founderEmail(testInfo, "js"));
    await page.getByLabel("The engagement you have in mind").selectOption("scoping");
    await page.getByRole("button", { name: "Book the intro call" }).click();

    await expect(page).toHaveURL(/\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You’re booked");
    await expect(page.getByTestId("visitor-time")).toHaveText(writtenIn(start, "Europe/Berlin"));
    await expect(page.getByText("Your time (Berlin, Germany — UTC+")).toBeVisible();
    await expect(page.getByTestId("consultant-time")).toHaveText(writtenIn(start, "America/New_York"));
    await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
    const ics = await (await download).createReadStream().then(async (stream) => {
      let text = "";
      for await (const chunk of stream) text += chunk;
      return text;
    });
    expect(ics).toContain(`DTSTART:${start.replace(/[-:]/g, "").replace(".000", "")}`);

    // Beside the download: Google Calendar and Outlook, filled in with the same times, in a new tab, without the page's key.
    const end = new Date(new Date(start).getTime() + 30 * 60_000).toISOString();
    const key = new URL(page.url()).pathname.split("/").pop()!;
    const google = page.getByRole("link", { name: "Add to Google Calendar (opens in a new tab)" });
    await expect(google).toHaveAttribute("target", "_blank");
    await expect(google).toHaveAttribute("rel", /\bnoopener\b/);
    const googleHref = (await google.getAttribute("href"))!;
    const compact = (iso: string) => iso.replace(/[-:]/g, "").replace(".000", "");
    expect(new URL(googleHref).searchParams.get("dates")).toBe(`${compact(start)}/${compact(end)}`);
    expect(new URL(googleHref).searchParams.get("text")).toMatch(/^Intro call with /);
    const outlook = page.getByRole("link", { name: "Add to Outlook (opens in a new tab)" });
    await expect(outlook).toHaveAttribute("target", "_blank");
    const outlookHref = new URL((await outlook.getAttribute("href"))!);
    expect(outlookHref.searchParams.get("startdt")).toBe(start.replace(".000", ""));
    expect(outlookHref.searchParams.get("enddt")).toBe(end.replace(".000", ""));
    for (const href of [googleHref, outlookHref.href]) expect(href).not.toContain(key);

    // The confirmation email arrives with a link to this same page.
    const mail = await waitForMail(founderEmail(testInfo, "js"), "You’re booked");
    expect(new URL(page.url()).pathname).toBe(manageLinkIn(mail));

    await expectTimeIsNoLongerOffered(page, start);

    // The booking page is the same for everyone, yet the consultant learns which page the founder came from.
    await signIn(page);
    await page.goto(`/admin?q=${encodeURIComponent(founderEmail(testInfo, "js"))}`);
    await expect(page.getByText(`Came from: ${note}`)).toBeVisible();
  });

  test("a mistake comes back next to its field, with the focus on it and nothing typed lost", async ({ page }, testInfo) => {
    await page.goto("/book?engagement=fractional");
    await expect(page.getByLabel("The engagement you have in mind")).toHaveValue("fractional");
    const start = await pickDayThenTime(page, dayFor(testInfo, 3));
    await tellAboutTheBusiness(page, "ada@");
    await page.getByRole("button", { name: "Book the intro call" }).click();

    await expect(page.getByText("Please enter an email address like name@company.com")).toBeVisible();
    await expect(page.getByLabel("Email")).toBeFocused();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Your name")).toHaveValue("Ada Lovelace");
    await expect(page.getByLabel("What would you like to talk about?")).toHaveValue("Month-end close takes a week.");
    await expect(page.getByLabel("You tried one or two AI tools")).toBeChecked();
    await expect(page.getByLabel("The engagement you have in mind")).toHaveValue("fractional");
    await expect(page.locator(`input[name="start"][value="${start}"]`)).toBeChecked();
  });

  test("a founder who forgot to pick a time is asked for one, and the request goes as soon as a time is picked", async ({ page }, testInfo) => {
    await page.goto("/book");
    await tellAboutTheBusiness(page, founderEmail(testInfo, "no-time"));
    await page.getByRole("button", { name: "Book the intro call" }).click();
    await expect(page.locator("#booking-problems")).toBeVisible();
    await expect(page.getByText("Please pick a time", { exact: true })).toBeVisible();

    await pickDayThenTime(page, dayFor(testInfo, 3));
    await expect(page.getByText("Please pick a time", { exact: true })).toHaveCount(0);
    await expect(page.locator("#booking-problems")).toHaveCount(0);
    await expect(page.getByLabel("Your name")).toHaveValue("Ada Lovelace");
  });

  test("a time taken between showing and submitting comes back with the nearest free times", async ({ browser }, testInfo) => {
    test.setTimeout(90_000);
    const first = await browser.newPage({ timezoneId: "Europe/Berlin" });
    const second = await browser.newPage({ timezoneId: "Europe/Berlin" });
    for (const page of [first, second]) await page.goto("/book");
    const start = await pickDayThenTime(first, dayFor(testInfo, 2));
    expect(await pickDayThenTime(second, dayFor(testInfo, 2))).toBe(start);

    await tellAboutTheBusiness(first, founderEmail(testInfo, "race-first"));
    await first.getByRole("button", { name: "Book the intro call" }).click();
    await expect(first).toHaveURL(/\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/);

    await tellAboutTheBusiness(second, founderEmail(testInfo, "race-second"));
    await second.getByRole("button", { name: "Book the intro call" }).click();
    await expect(second.locator("#booking-problems")).toHaveText("That time was just booked; here are the nearest free times.");
    await expect(second.getByLabel("Your name")).toHaveValue("Ada Lovelace");
    const nearest = second.getByRole("group", { name: "Nearest free times" }).getByRole("radio");
    await expect(nearest.first()).toBeFocused();
    await nearest.first().check();
    await second.getByRole("button", { name: "Book the intro call" }).click();
    await expect(second).toHaveURL(/\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/);
    await first.close();
    await second.close();
  });
});

test.describe("the booking page is kept and drawn again when what is free changes", () => {
  test("a time booked through the API is gone from the page at once", async ({ request }, testInfo) => {
    const before = await (await request.get("/book")).text();
    // One of the first times of the page's last day (the other stories book days' first and evening times), one for
    // each project and retry, booked as another client would.
    const offered = [...before.matchAll(/name="start" value="([^"]+)"/g)].map((match) => match[1]!);
    const lastDay = offered.filter((start) => start.slice(0, 10) === offered[offered.length - 1]!.slice(0, 10));
    const start = lastDay[(testInfo.project.name === "phone" ? 1 : 0) + testInfo.retry * 2]!;
    const booked = await request.post("/api/bookings", { data: { name: "Grace Hopper", email: founderEmail(testInfo, "kept"), start, timeZone: "UTC" } });
    expect(booked.status()).toBe(201);
    expect(await (await request.get("/book")).text()).not.toContain(`value="${start}"`);
  });

  test("the page opens without an error in the browser, so React keeps the server's HTML instead of redrawing it", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto("/book");
    await expect(page.getByText(/^Next available: /)).toBeVisible();
    await page.getByRole("group", { name: "Day", exact: true }).getByRole("radio").first().check();
    expect(errors).toEqual([]);
  });

  test("a copy drawn more than a minute before it opens asks for the current free times, and offers exactly those", async ({ page }) => {
    // The browser's clock runs five minutes ahead of the server's, so whatever copy is served looks old to the form.
    await page.clock.install({ time: Date.now() + 5 * 60_000 });
    const asked = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/availability");
    await page.goto("/book");
    const { slots } = (await (await asked).json()) as { slots: { start: string }[] };
    // The first day on offer, and its first time, are the API's first free time.
    await page.getByRole("group", { name: "Day", exact: true }).getByRole("radio").first().check();
    const firstTime = page.getByRole("group", { name: /^Time on / }).getByRole("radio").first();
    await expect(firstTime).toHaveAttribute("value", slots[0]!.start);
  });
});

test.describe("the zone list costs a phone nothing until a founder reaches for it", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("the page starts with the chosen zone alone, and a founder finds theirs by typing a city", async ({ page, request }) => {
    // The server's HTML: the full list only inside <noscript>, for visitors without JavaScript; one zone outside it.
    const html = await (await request.get("/book")).text();
    const zoneOptions = (text: string) => text.match(/<option value="[A-Za-z_]+\/[^"]+"/g) ?? [];
    const noscript = [...html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((match) => match[1]!).join("");
    expect(zoneOptions(html.replace(/<noscript>[\s\S]*?<\/noscript>/g, ""))).toHaveLength(1);
    expect(zoneOptions(noscript).length).toBeGreaterThan(300);

    await page.goto("/book");
    await expect(page.getByText("Times in Berlin, Germany — UTC+")).toBeVisible();
    const zones = page.getByLabel("Show times in").locator("option");
    await page.getByLabel("Find a city, country or offset").fill("kolkata");
    // The chosen zone stays in the list, so the select never loses its value.
    await expect(zones).toHaveCount(2);
    await page.getByLabel("Find a city, country or offset").press("Enter");
    await expect(page.getByText("Times in Kolkata, India — UTC+5:30, now ")).toBeVisible();
    await page.getByLabel("Find a city, country or offset").fill("");
    await expect.poll(() => zones.count()).toBeGreaterThan(300);
  });
});

test.describe("a founder in Kolkata books by keyboard alone", () => {
  test.use({ timezoneId: "Asia/Kolkata" });

  test("a founder in Kolkata picks an evening time by keyboard", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    // The days that have an evening (17:00 or later) in Kolkata; this story takes one of the last two, which the
    // stories that pick by index from the start of the list leave alone, and their first evening time, which the
    // stories booking through the API take last.
    const { slots } = (await (await page.request.get("/api/availability")).json()) as { slots: { start: string }[] };
    const inKolkata = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" }).formatToParts(new Date(iso));
    const part = (parts: Intl.DateTimeFormatPart[], type: string) => parts.find((p) => p.type === type)!.value;
    const eveningDays = [
      ...new Set(
        slots
          .map((slot) => inKolkata(slot.start))
          .filter((parts) => Number(part(parts, "hour")) >= 17)
          .map((parts) => `${part(parts, "year")}-${part(parts, "month")}-${part(parts, "day")}`),
      ),
    ];
    const date = eveningDays[eveningDays.length - 1 - (testInfo.project.name === "desktop" ? 0 : 1)]!;

    await page.goto("/book");
    // Once JavaScript runs, the page takes the browser's zone and names it as people know it.
    await expect(page.getByText("Times in Kolkata, India — UTC+5:30, now ")).toBeVisible();
    const days = page.getByRole("group", { name: "Day", exact: true }).getByRole("radio");
    await expect(days.first()).toBeVisible();
    await expect(page.getByText(/^Next available: /)).toBeVisible();
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? "");

    // From the zone picker, Tab goes to the days; the arrows move from day to day, choosing each.
    await page.getByLabel("Show times in").focus();
    await page.keyboard.press("Tab");
    await expect(days.first()).toBeFocused();
    for (let presses = 0; (await focusedValue()) !== date; presses++) {
      expect(presses).toBeLessThan(40);
      await page.keyboard.press("ArrowRight");
    }
    const day = page.getByRole("group", { name: "Day", exact: true }).locator(`input[value="${date}"]`);
    await expect(day).toBeChecked();
    const dayLabel = (await day.getAttribute("aria-label"))!;
    await expect(day).toHaveAccessibleDescription(/^\d+ times?$/);

    // Tab goes on to that day's times, under Morning, Afternoon and Evening; the arrows reach the first evening time.
    const times = page.getByRole("group", { name: `Time on ${dayLabel}`, exact: true });
    const evening = times.getByRole("group", { name: "Evening", exact: true }).getByRole("radio");
    const start = (await evening.first().getAttribute("value"))!;
    await page.keyboard.press("Tab");
    await expect(times.getByRole("radio").first()).toBeFocused();
    for (let presses = 0; (await focusedValue()) !== start; presses++) {
      expect(presses).toBeLessThan(60);
      await page.keyboard.press("ArrowDown");
    }
    await expect(evening.first()).toBeChecked();
    expect(Number(part(inKolkata(start), "hour"))).toBeGreaterThanOrEqual(17);

    await tellAboutTheBusiness(page, founderEmail(testInfo, "kolkata-keyboard"));
    await page.getByRole("button", { name: "Book the intro call" }).press("Enter");

    await expect(page).toHaveURL(/\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You’re booked");
    await expect(page.getByTestId("visitor-time")).toHaveText(writtenIn(start, "Asia/Kolkata"));
    await expect(page.getByText("Your time (Kolkata, India — UTC+5:30, now ")).toBeVisible();
    await expect(page.getByText("My time (New York, United States — UTC")).toBeVisible();

    const end = new Date(new Date(start).getTime() + 30 * 60_000).toISOString();
    const compact = (iso: string) => iso.replace(/[-:]/g, "").replace(".000", "");
    const googleHref = (await page.getByRole("link", { name: "Add to Google Calendar (opens in a new tab)" }).getAttribute("href"))!;
    expect(new URL(googleHref).searchParams.get("dates")).toBe(`${compact(start)}/${compact(end)}`);
  });
});

test.describe("a founder books the intro call, with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("chooses a time zone, fixes a mistake and books, all by plain form posts", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await startFromTheNote(page);
    await expect(page.getByText("Times in New York, United States — UTC\u2212")).toBeVisible();
    await page.getByLabel("Show times in").selectOption("Asia/Kolkata");
    await page.getByRole("button", { name: "Show times" }).click();
    await expect(page).toHaveURL(/tz=Asia%2FKolkata/);
    await expect(page.getByText("Times in Kolkata, India — UTC+5:30, now ")).toBeVisible();
    await expect(page.locator('input[name="source"]')).toHaveValue(note);

    const start = await pickFromFullList(page, dayFor(testInfo, 1));
    await tellAboutTheBusiness(page, "not-an-email");
    await page.getByRole("button", { name: "Book the intro call" }).click();

    await expect(page.getByText("Please enter an email address like name@company.com")).toBeVisible();
    await expect(page.getByLabel("Email")).toBeFocused();
    await expect(page.getByLabel("Your name")).toHaveValue("Ada Lovelace");
    await expect(page.locator(`input[name="start"][value="${start}"]`)).toBeChecked();

    await page.getByLabel("Email").fill(founderEmail(testInfo, "nojs"));
    await page.getByRole("button", { name: "Book the intro call" }).click();
    await expect(page).toHaveURL(/\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You’re booked");
    await expect(page.getByTestId("visitor-time")).toHaveText(writtenIn(start, "Asia/Kolkata"));
    await expect(page.getByTestId("consultant-time")).toHaveText(writtenIn(start, "America/New_York"));

    await expectTimeIsNoLongerOffered(page, start);
    await page.goto("/book");
    await expect(page.locator(`input[name="start"][value="${start}"]`)).toHaveCount(0);
  });
});

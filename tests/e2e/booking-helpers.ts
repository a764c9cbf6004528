import { expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

/**
 * Tests run side by side on one server and one database, so each books on a day of its own: which one of the days
 * on offer depends on the test and the project (desktop or phone). Times are picked from what the page offers, never
 * hard-coded: what is free depends on today's date.
 */
export function dayFor(testInfo: TestInfo, test: number): number {
  return test * 2 + (testInfo.project.name === "desktop" ? 0 : 1);
}

export const founderEmail = (testInfo: TestInfo, label: string) => `${label}-${testInfo.project.name}-${testInfo.retry}@founder.example`;

/** With JavaScript: choose the nth day, then its first time; returns the chosen start (ISO). */
export async function pickDayThenTime(page: Page, day: number): Promise<string> {
  const days = page.getByRole("group", { name: "Day", exact: true }).getByRole("radio");
  await days.nth(day).check();
  const times = page.getByRole("group", { name: /^Time on / }).getByRole("radio");
  await times.first().check();
  return (await times.first().getAttribute("value"))!;
}

/** Without JavaScript: every day is listed; choose the nth day's first time. */
export async function pickFromFullList(page: Page, day: number): Promise<string> {
  const radio = page.getByRole("group", { name: /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), / }).nth(day).getByRole("radio").first();
  await radio.check();
  return (await radio.getAttribute("value"))!;
}

/**
 * Books through the JSON API, trying the latest time of each day first (the latest day first), then the time before
 * it, and so on. Many tests book this way; spreading them over every day's evening keeps each day's first times free
 * for the stories that book through the form, and no day fills up and drops out of the list.
 */
export async function bookThroughApi(request: APIRequestContext, email: string): Promise<string> {
  const { slots } = (await (await request.get("/api/availability")).json()) as { slots: { start: string }[] };
  const timeOfDay = (iso: string) => iso.slice(11);
  const latestFirst = [...slots].sort((a, b) => timeOfDay(b.start).localeCompare(timeOfDay(a.start)) || b.start.localeCompare(a.start));
  for (const slot of latestFirst) {
    const response = await request.post("/api/bookings", {
      data: { name: "Axe Checker", email, start: slot.start, timeZone: "Europe/Berlin" },
    });
    if (response.status() === 201) return ((await response.json()) as { booking: { id: string } }).booking.id;
    expect(response.status()).toBe(409);
    const { error } = (await response.json()) as { error: string };
    // An address that already holds an upcoming call is refused at every time: say so rather than try them all.
    if (!/just booked|no longer available/.test(error)) throw new Error(`${email} could not book: ${error}`);
  }
  throw new Error("no free time to book");
}

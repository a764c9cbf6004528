import { describe, expect, it } from "vitest";
import { bookingHref, findEngagement, formatInvestmentRange, toOffer } from "@/lib/content/engagement-display";

describe("an investment range as a reader sees it", () => {
  it("writes a one-time range in whole amounts joined by an en dash, led once by the currency's code", () => {
    expect(formatInvestmentRange({ low: 12000, high: 18000, currency: "USD", cadence: "one-time" })).toBe("USD\u00a012,000–18,000");
  });

  it("adds “/ month” to a monthly fee", () => {
    expect(formatInvestmentRange({ low: 4000, high: 6000, currency: "USD", cadence: "monthly" }, "en-US")).toBe(
      "USD\u00a04,000–6,000 / month",
    );
  });

  it("follows the currency and the site's locale, the code where the locale puts it", () => {
    expect(formatInvestmentRange({ low: 12000, high: 18000, currency: "EUR", cadence: "one-time" }, "en-GB")).toBe("EUR\u00a012,000–18,000");
    expect(formatInvestmentRange({ low: 12000, high: 18000, currency: "EUR", cadence: "one-time" }, "de-DE")).toBe(
      "12.000–18.000\u00a0EUR",
    );
  });

  it("never leaves a visitor abroad guessing which dollar: the code, not the symbol", () => {
    for (const currency of ["USD", "CAD", "AUD"]) {
      const label = formatInvestmentRange({ low: 6000, high: 9000, currency, cadence: "one-time" });
      expect(label).toBe(`${currency}\u00a06,000–9,000`);
      expect(label).not.toContain("$");
    }
  });

  it("never shows cents, even for a currency that usually has them", () => {
    expect(formatInvestmentRange({ low: 999, high: 1500, currency: "GBP", cadence: "monthly" }, "en-GB")).toBe("GBP\u00a0999–1,500 / month");
  });

  it("shows a single price when low and high are the same", () => {
    expect(formatInvestmentRange({ low: 5000, high: 5000, currency: "USD", cadence: "one-time" })).toBe("USD\u00a05,000");
  });
});

describe("finding an engagement by id", () => {
  const engagements = [{ id: "scoping" as const }, { id: "build" as const }, { id: "fractional" as const }];

  it("returns the one asked for", () => {
    expect(findEngagement(engagements, "build")).toBe(engagements[1]);
  });

  it("names the file and the ids there are when a note asks for one that does not exist", () => {
    expect(() => findEngagement(engagements, "retainer")).toThrow(
      'There is no engagement with id "retainer" in content/engagements.yaml; the ids are scoping, build, fractional',
    );
  });
});

describe("the way from an offer to the booking form", () => {
  it("carries the offer along, so the form knows what the reader was looking at", () => {
    expect(bookingHref("scoping")).toBe("/book?engagement=scoping");
    expect(bookingHref()).toBe("/book");
  });

  it("gives each offer its range label and booking link", () => {
    const offer = toOffer({
      id: "fractional",
      name: "Fractional monthly partnership",
      summary: "After a build.",
      duration: "Month to month",
      investment: { low: 4000, high: 6000, currency: "USD", cadence: "monthly" },
      whoFor: "Teams after a build.",
      includes: ["A monthly review"],
      outcome: "Systems that keep up.",
    });
    expect(offer).toMatchObject({ priceLabel: "USD\u00a04,000–6,000 / month", bookingHref: "/book?engagement=fractional" });
  });
});

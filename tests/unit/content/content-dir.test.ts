import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHomeContent, getOffer, getOffers } from "@/lib/content";
import { repoRoot } from "../fixtures";
import path from "node:path";

// The pages read their prices through getOffers/getOffer; CONTENT_DIR points the whole site at another folder.
describe("prices come from the content folder the site is pointed at", () => {
  const previous = process.env.CONTENT_DIR;
  afterEach(() => {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  });

  describe("the site's own content", () => {
    beforeEach(() => {
      process.env.CONTENT_DIR = path.join(repoRoot, "content");
    });

    it("shows the published ranges, formatted for people, with a booking link per offer", () => {
      expect(getOffers().map(({ id, priceLabel, bookingHref }) => ({ id, priceLabel, bookingHref }))).toEqual([
        { id: "scoping", priceLabel: "USD\u00a06,000–9,000", bookingHref: "/book?engagement=scoping" },
        { id: "build", priceLabel: "USD\u00a036,000–72,000", bookingHref: "/book?engagement=build" },
        { id: "fractional", priceLabel: "USD\u00a04,000–6,000 / month", bookingHref: "/book?engagement=fractional" },
      ]);
    });

    it("has three readiness signals for the home page's self-check", () => {
      expect(getHomeContent().readiness.signals.map((signal) => signal.id)).toEqual(["shelved-tools", "willpower-ceiling", "undone-work"]);
    });
  });

  describe("a copy with the Scoping and Fractional ranges changed", () => {
    beforeEach(() => {
      process.env.CONTENT_DIR = path.join(repoRoot, "tests/fixtures/content-changed-range");
    });

    it("shows the changed ranges on /engagements", () => {
      expect(getOffers().map((offer) => offer.priceLabel)).toEqual(["USD\u00a07,500–11,000", "USD\u00a036,000–72,000", "USD\u00a05,000–8,500 / month"]);
    });

    it("recommends the Scoping engagement on the home page at its changed range", () => {
      expect(getOffer("scoping").priceLabel).toBe("USD\u00a07,500–11,000");
    });

    it("answers an unknown id with an error naming the file and the ids there are", () => {
      expect(() => getOffer("retainer")).toThrow(
        'There is no engagement with id "retainer" in tests/fixtures/content-changed-range/engagements.yaml; the ids are scoping, build, fractional',
      );
    });
  });
});

import { describe, expect, it } from "vitest";
import { splitUnbreakable } from "@/lib/content/text-display";

describe("keeping a number and its word on one line", () => {
  it("marks “30-minute” to be kept together, leaving the text around it as it is", () => {
    expect(splitUnbreakable("Book a free 30-minute intro")).toEqual([
      { text: "Book a free ", keepTogether: false },
      { text: "30-minute", keepTogether: true },
      { text: " intro", keepTogether: false },
    ]);
  });

  it("keeps longer compounds whole, and the text is unchanged when joined again", () => {
    const text = "A 2-to-3-week scoping, then a 30-minute call.";
    const parts = splitUnbreakable(text);
    expect(parts.filter((part) => part.keepTogether).map((part) => part.text)).toEqual(["2-to-3-week", "30-minute"]);
    expect(parts.map((part) => part.text).join("")).toBe(text);
  });

  it("leaves text without such a compound in one piece, and ordinary hyphens alone", () => {
    expect(splitUnbreakable("Long-form notes, month-to-month")).toEqual([{ text: "Long-form notes, month-to-month", keepTogether: false }]);
    expect(splitUnbreakable("")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { countTickedSignals, parseSignalsParam, recommendNextStep } from "@/lib/readiness";

const signals = [{ id: "shelved-tools" }, { id: "willpower-ceiling" }, { id: "undone-work" }];

describe("the readiness self-check", () => {
  it("suggests reading the notes to a reader who ticks nothing", () => {
    expect(recommendNextStep([], signals)).toBe("notes");
  });

  it("suggests reading the notes to a reader with one signal", () => {
    expect(recommendNextStep(["undone-work"], signals)).toBe("notes");
  });

  it("suggests the Scoping Engagement to a reader with two signals", () => {
    expect(recommendNextStep(["shelved-tools", "undone-work"], signals)).toBe("scoping");
  });

  it("suggests the Scoping Engagement to a reader with all three", () => {
    expect(recommendNextStep(["shelved-tools", "willpower-ceiling", "undone-work"], signals)).toBe("scoping");
  });

  it("cannot be talked up by a repeated or made-up signal in the address", () => {
    expect(countTickedSignals(["undone-work", "undone-work", "made-up"], signals)).toBe(1);
    expect(recommendNextStep(["undone-work", "undone-work", "made-up"], signals)).toBe("notes");
  });
});

describe("reading the signals from the form's address", () => {
  it("takes none, one, or several values", () => {
    expect(parseSignalsParam(undefined)).toEqual([]);
    expect(parseSignalsParam("undone-work")).toEqual(["undone-work"]);
    expect(parseSignalsParam(["shelved-tools", "undone-work"])).toEqual(["shelved-tools", "undone-work"]);
  });

  it("also reads a comma-separated list, for a hand-written link", () => {
    expect(parseSignalsParam("shelved-tools,undone-work,")).toEqual(["shelved-tools", "undone-work"]);
  });
});

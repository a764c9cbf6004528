import path from "node:path";
import { describe, expect, it } from "vitest";
import { engagementsFileSchema } from "@/lib/content/engagement-schema";
import { readSettingsFile } from "@/lib/content/settings";
import { validateContent } from "@/lib/content/validate";
import { contentErrorFrom, repoRoot } from "../fixtures";

const readEngagements = (dir: string) => readSettingsFile(dir, "engagements.yaml", engagementsFileSchema);
const valid = () => readEngagements(path.join(repoRoot, "content"));

describe("the engagements file", () => {
  it("holds the three offers in order, each with a published range", () => {
    const { engagements } = valid();
    expect(engagements.map(({ id, name }) => [id, name])).toEqual([
      ["scoping", "Scoping engagement"],
      ["build", "Build engagement"],
      ["fractional", "Fractional monthly partnership"],
    ]);
    expect(engagements.map((e) => e.investment.cadence)).toEqual(["one-time", "one-time", "monthly"]);
    expect(engagements.find((e) => e.id === "build")?.duration).toBe("3 to 6 months");
  });

  it("reports every pricing mistake at once, naming the file and the field", () => {
    const file = "tests/fixtures/engagements/mistakes/engagements.yaml";
    expect(contentErrorFrom(() => readEngagements(path.join(repoRoot, "tests/fixtures/engagements/mistakes"))).problems).toEqual([
      { file, line: 12, field: "engagements.0.investment.currency", message: '"usd" is not an ISO 4217 currency code (try USD, EUR or GBP)' },
      { file, line: 11, field: "engagements.0.investment.high", message: "must not be below low (9000)" },
      { file, line: 22, field: "engagements.1.investment.low", message: "must be a number written without quotes or symbols, like 12000" },
      { file, line: 25, field: "engagements.1.investment.cadence", message: 'must be "one-time" or "monthly"' },
      { file, line: 27, field: "engagements.1.includes", message: "must list at least one item" },
      { file, line: 35, field: "engagements.2.investment.high", message: "must be a whole amount, like 12000" },
      { file, line: 41, field: "engagements.2.prize", message: "is not a known field (check its spelling)" },
      { file, line: 29, field: "engagements.2.id", message: '"build" is already used by engagements.1' },
      { file, line: 4, field: "engagements", message: 'is missing "fractional": list each of scoping, build, fractional once' },
    ]);
  });

  it("keeps the offers in the order the site presents them", () => {
    const file = valid();
    const [scoping, build, fractional] = file.engagements;
    const { problems } = validateContent(engagementsFileSchema, { ...file, engagements: [build, scoping, fractional] }, "content/engagements.yaml");
    expect(problems).toEqual([
      { file: "content/engagements.yaml", field: "engagements", message: "must be in this order: scoping, build, fractional (found build, scoping, fractional)" },
    ]);
  });

  it("accepts only the three known ids", () => {
    const file = valid();
    const [scoping, build, fractional] = file.engagements;
    const { problems } = validateContent(
      engagementsFileSchema,
      { ...file, engagements: [scoping, build, { ...fractional!, id: "retainer" }] },
      "content/engagements.yaml",
    );
    expect(problems).toEqual([
      { file: "content/engagements.yaml", field: "engagements.2.id", message: "must be one of scoping, build, fractional" },
      { file: "content/engagements.yaml", field: "engagements", message: 'is missing "fractional": list each of scoping, build, fractional once' },
    ]);
  });

  it("rejects a currency code that does not exist, and a price of nothing", () => {
    const file = valid();
    const [scoping, build, fractional] = file.engagements;
    const { problems } = validateContent(
      engagementsFileSchema,
      { ...file, engagements: [{ ...scoping!, investment: { ...scoping!.investment, currency: "XYZ", low: 0 } }, build, fractional] },
      "content/engagements.yaml",
    );
    expect(problems).toEqual([
      { file: "content/engagements.yaml", field: "engagements.0.investment.low", message: "must be more than 0" },
      { file: "content/engagements.yaml", field: "engagements.0.investment.currency", message: '"XYZ" is not an ISO 4217 currency code (try USD, EUR or GBP)' },
    ]);
  });

  it("marks its prices as placeholders for the consultant to set", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(path.join(repoRoot, "content/engagements.yaml"), "utf8");
    expect(text).toMatch(/PLACEHOLDER PRICES/);
    expect(text.match(/(low|high): \d+ # placeholder/g)).toHaveLength(6);
  });
});

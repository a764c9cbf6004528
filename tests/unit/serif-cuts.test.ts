import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CORE_CHARACTERS, RARE_CHARACTERS, restCharacters, unicodeRange } from "../../scripts/serif-characters";

const layout = fs.readFileSync("app/layout.tsx", "utf8");
const restCss = fs.readFileSync("assets/fonts/serif-rest.css", "utf8");
const rerun = "run `npx tsx scripts/subset-font.ts` to cut the serif again";

describe("the serif's two cuts", () => {
  it("writes a range as runs of code points", () => {
    expect(unicodeRange("cab")).toBe("U+61-63");
    expect(unicodeRange("a\u00a0€c")).toBe("U+61, U+63, U+A0, U+20AC");
    expect(unicodeRange("")).toBe("");
  });

  it("declares the core cut's characters on both styles in the layout", () => {
    const declared = [...layout.matchAll(/prop: "unicode-range", value: "([^"]+)"/g)].map((match) => match[1]);
    expect(declared).toEqual([unicodeRange(CORE_CHARACTERS), unicodeRange(CORE_CHARACTERS)]);
  });

  it("holds every character the site's files set in one cut or the other", () => {
    const rest = restCharacters();
    for (const character of RARE_CHARACTERS) expect(rest).toContain(character);
    for (const character of rest) expect(CORE_CHARACTERS, `"${character}" is in both cuts`).not.toContain(character);
    const ranges = [...restCss.matchAll(/unicode-range: ([^;]+);/g)].map((match) => match[1]);
    expect(ranges, `the rest cut is out of date: ${rerun}`).toEqual([unicodeRange(rest), unicodeRange(rest)]);
  });

  it("joins the rest cuts to the families next/font names after the layout's variables", () => {
    const families = [...restCss.matchAll(/font-family: "([^"]+)";/g)].map((match) => match[1]!);
    expect(families).toEqual(["sourceSerif", "sourceSerifItalic"]);
    for (const family of families) expect(layout).toMatch(new RegExp(`const ${family} = localFont\\(`));
    for (const file of restCss.matchAll(/url\("\.\/([^"]+)"\)/g)) expect(fs.statSync(`assets/fonts/${file[1]}`).size).toBeGreaterThan(1000);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkImageSize from "@/lib/content/remark-image-size.mjs";
import { describe, expect, it } from "vitest";
import { rehypePlugins, remarkPlugins } from "@/lib/content/mdx-options";

type Entry = string | [string, Record<string, unknown>];
const load = (entries: Entry[]) =>
  Promise.all(
    entries.map(async (entry) => {
      const [name, options] = typeof entry === "string" ? [entry, undefined] : entry;
      const plugin = (await import(name)).default;
      return options ? [plugin, options] : plugin;
    }),
  );

async function render(source: string): Promise<string> {
  const file = await compile(source, {
    remarkPlugins: await load(remarkPlugins),
    rehypePlugins: await load(rehypePlugins),
    outputFormat: "function-body",
  });
  return String(file);
}

describe("a note's body, as the site compiles it", () => {
  it("drops the frontmatter instead of printing it", async () => {
    const output = await render("---\ntitle: Hidden\n---\n\nVisible text.");
    expect(output).toContain("Visible text.");
    expect(output).not.toContain("title: Hidden");
  });

  it("gives each heading an id and a labelled anchor link", async () => {
    const output = await render("## What it isn't\n\nText.");
    expect(output).toContain('id: "what-it-isnt"');
    expect(output).toContain('href: "#what-it-isnt"');
    expect(output).toContain('"aria-label": "Link to this section"');
  });

  it("highlights code at build time, in light and dark colours, without a script", async () => {
    const output = await render("```ts\nconst answer: number = 42;\n```");
    expect(output).toContain("data-rehype-pretty-code-figure");
    expect(output).toMatch(/"--shiki-light": "#[0-9A-Fa-f]{6}"/);
    expect(output).toMatch(/"--shiki-dark": "#[0-9A-Fa-f]{6}"/);
    expect(output).not.toContain("<script");
  });

  it("supports GitHub-flavoured tables and task lists", async () => {
    const output = await render("| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done");
    expect(output).toContain('_components.table');
    expect(output).toContain('type: "checkbox"');
  });
});

describe("an image in a note", () => {
  it("gets the width and height of its file under public/, so the page can reserve its space", async () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "public-"));
    fs.mkdirSync(path.join(publicDir, "notes/sample"), { recursive: true });
    // A PNG header is all image-size reads: 640 × 360.
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000002800000016808060000000000000000", "hex");
    fs.writeFileSync(path.join(publicDir, "notes/sample/chart.png"), png);
    const file = await compile("![A bar chart of hours saved](/notes/sample/chart.png)", {
      remarkPlugins: [[remarkImageSize, { publicDir }]],
      outputFormat: "function-body",
    });
    expect(String(file)).toContain('alt: "A bar chart of hours saved"');
    expect(String(file)).toContain('width: "640"');
    expect(String(file)).toContain('height: "360"');
  });
});

describe("a note's image, served small to a small screen", () => {
  it("offers smaller WebP copies in a srcset, written when the note is compiled", async () => {
    const sharp = (await import("sharp")).default;
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "public-"));
    fs.mkdirSync(path.join(publicDir, "notes/sample"), { recursive: true });
    const background = { r: 30, g: 92, b: 71 };
    await sharp({ create: { width: 1000, height: 500, channels: 3, background } }).png().toFile(path.join(publicDir, "notes/sample/wide.png"));
    const file = await compile("![A wide chart](/notes/sample/wide.png)", {
      remarkPlugins: [[remarkImageSize, { publicDir }]],
      outputFormat: "function-body",
    });
    const srcSet = "/_sized/notes/sample/wide-400.webp 400w, /_sized/notes/sample/wide-640.webp 640w, /_sized/notes/sample/wide-960.webp 960w, /notes/sample/wide.png 1000w";
    expect(String(file)).toContain(`srcSet: "${srcSet}"`);
    for (const width of [400, 640, 960]) {
      const copy = await sharp(path.join(publicDir, `_sized/notes/sample/wide-${width}.webp`)).metadata();
      expect([copy.format, copy.width, copy.height]).toEqual(["webp", width, width / 2]);
    }
  });

  it("keeps the original alone when its pixels cannot be read", async () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "public-"));
    fs.mkdirSync(path.join(publicDir, "notes/sample"), { recursive: true });
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000002800000016808060000000000000000", "hex");
    fs.writeFileSync(path.join(publicDir, "notes/sample/chart.png"), png);
    const file = await compile("![A chart](/notes/sample/chart.png)", { remarkPlugins: [[remarkImageSize, { publicDir }]], outputFormat: "function-body" });
    expect(String(file)).toContain('width: "640"');
    expect(String(file)).not.toContain("srcSet");
  });
});

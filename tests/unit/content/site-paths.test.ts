import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listAppRoutes, listPublicFiles } from "@/lib/content/site-paths";
import { repoRoot } from "../fixtures";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding the given files (paths relative to it), each with some text. */
function tree(files: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "site-paths-"));
  made.push(root);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), "export {};\n");
  }
  return root;
}

const sorted = (set: Set<string>) => [...set].sort();

describe("the pages a note can link to, read from the app/ folder", () => {
  it("lists each folder with a page or a route as its path, route groups left out of the path", () => {
    const app = tree([
      "layout.tsx",
      "globals.css",
      "(site)/layout.tsx",
      "(site)/page.tsx",
      "(site)/notes/page.tsx",
      "(site)/engagements/page.tsx",
      "(marketing)/about/page.tsx",
      "feed.xml/route.ts",
      "api/health/route.ts",
    ]);
    expect(sorted(listAppRoutes(app))).toEqual(["/", "/about", "/api/health", "/engagements", "/feed.xml", "/notes"]);
  });

  it("leaves out dynamic segments ([slug], [...all]), private _folders and @parallel slots", () => {
    const app = tree([
      "(site)/notes/page.tsx",
      "(site)/notes/[slug]/page.tsx",
      "(site)/notes/[slug]/opengraph-image.tsx",
      "(site)/notes/tags/[tag]/page.tsx",
      "docs/[...all]/page.tsx",
      "_components/page.tsx",
      "@modal/page.tsx",
    ]);
    expect(sorted(listAppRoutes(app))).toEqual(["/notes"]);
  });

  it("serves sitemap.ts as /sitemap.xml and robots.ts as /robots.txt, also inside a folder", () => {
    const app = tree(["sitemap.ts", "robots.ts", "page.tsx", "notes/sitemap.ts"]);
    expect(sorted(listAppRoutes(app))).toEqual(["/", "/notes/sitemap.xml", "/robots.txt", "/sitemap.xml"]);
  });

  it("does not take layouts, not-found pages, images or styles for pages", () => {
    const app = tree(["layout.tsx", "not-found.tsx", "opengraph-image.tsx", "globals.css", "notes/layout.tsx", "notes/loading.tsx"]);
    expect(sorted(listAppRoutes(app))).toEqual([]);
  });

  it("includes the site's own home page, notes list, feed, sitemap and robots file", () => {
    const routes = listAppRoutes(path.join(repoRoot, "app"));
    for (const route of ["/", "/notes", "/feed.xml", "/sitemap.xml", "/robots.txt"]) expect(routes).toContain(route);
    expect([...routes].some((route) => route.includes("["))).toBe(false);
  });
});

describe("the files under public/, as a note links to them", () => {
  it("lists every file at every depth, as a path from the site root", () => {
    const publicDir = tree(["favicon.ico", "notes/the-first-month/whiteboard.png", "notes/the-first-month/deep/er/chart.svg"]);
    fs.mkdirSync(path.join(publicDir, "notes/empty-folder"));
    expect(sorted(listPublicFiles(publicDir))).toEqual([
      "/favicon.ico",
      "/notes/the-first-month/deep/er/chart.svg",
      "/notes/the-first-month/whiteboard.png",
    ]);
  });

  it("is empty when there is no public/ folder", () => {
    expect(listPublicFiles(path.join(os.tmpdir(), "no-such-public-folder-for-site-paths"))).toEqual(new Set());
  });
});

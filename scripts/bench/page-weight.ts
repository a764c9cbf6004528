// What a reader downloads for a page of a running build: the HTML, the stylesheets, the scripts and the preloaded
// fonts, each gzipped as a server would send it (fonts are woff2, counted as they are).

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  jsFiles: number;
  font: number;
  fontFiles: number;
  total: number;
}

async function gzippedSize(url: string, kind: "html" | "css" | "js" | "font"): Promise<number> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  const { gzipSync } = await import("node:zlib");
  return kind === "font" ? body.length : gzipSync(body, { level: 6 }).length;
}

/** Fetches `pathname` from `origin` and everything it links that a current browser downloads before it can show it. */
export async function measurePageWeight(origin: string, pathname: string): Promise<PageWeight> {
  const response = await fetch(origin + pathname);
  const html = await response.text();
  // A page rendered per request announces its font in a Link header rather than in the HTML.
  const linkHeader = [...(response.headers.get("link") ?? "").matchAll(/<([^>]+\.woff2)>;\s*rel=preload/g)].map((m) => new URL(m[1]!, origin).toString());
  const attr = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => new URL(m[1]!, origin).toString()))];
  const css = attr(/<link rel="stylesheet" href="([^"]+)"/g);
  // noModule scripts are polyfills that current browsers skip, so they are not counted.
  const js = [...new Set([...attr(/<script src="([^"]+)"(?![^>]*noModule)/g), ...attr(/<link rel="preload" as="script"[^>]*href="([^"]+)"/g)])];
  const fonts = [...new Set([...attr(/<link rel="preload" href="([^"]+\.woff2)" as="font"/g), ...linkHeader])];
  const sum = async (urls: string[], kind: "css" | "js" | "font") => (await Promise.all(urls.map((url) => gzippedSize(url, kind)))).reduce((a, b) => a + b, 0);
  const weight = {
    html: await gzippedSize(origin + pathname, "html"),
    css: await sum(css, "css"),
    js: await sum(js, "js"),
    jsFiles: js.length,
    font: await sum(fonts, "font"),
    fontFiles: fonts.length,
  };
  return { ...weight, total: weight.html + weight.css + weight.js + weight.font };
}

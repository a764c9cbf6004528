import fs from "node:fs";
import path from "node:path";
import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { rehypePlugins, remarkPlugins } from "./lib/content/mdx-options";
import { ALL_BUT_BUILD_FILES, BUILD_FILES, buildFileHeaders, contentSecurityPolicy, securityHeaders } from "./lib/security-headers";

// Notes are MDX modules imported at build time through the @content/* path of tsconfig.json (Turbopack resolves a
// dynamic import through tsconfig paths, not through resolveAlias). CONTENT_DIR, which lets tests build the site from
// fixtures, gets a generated tsconfig whose @content/* points there instead.
function tsconfigForContent(): string {
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");
  if (contentDir === path.resolve("content")) return "tsconfig.json";
  const file = "tsconfig.content.json";
  const contentPath = `./${path.relative(process.cwd(), contentDir).split(path.sep).join("/")}/*`;
  const config = { extends: "./tsconfig.json", compilerOptions: { paths: { "@/*": ["./*"], "@content/*": [contentPath] } } };
  fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

const nextConfig: NextConfig = {
  pageExtensions: ["ts", "tsx"],
  poweredByHeader: false,
  // Next would hash every page's whole HTML on every request to give it an ETag: a fifth of a prerendered note's
  // serving time, and more on /book. Pages carry no ETag; a browser's reload gets the page itself, not a 304.
  generateEtags: false,
  // A second build folder lets scripts/check-content-build.ts build from fixtures without touching the main build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typescript: { tsconfigPath: tsconfigForContent() },
  // Native and driver modules stay outside the server bundle and are loaded from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg"],
  // Every response's headers, the static pages' Content-Security-Policy among them: written once here, so a static
  // page is served without running proxy.ts. On the pages that get a nonce, proxy.ts replaces the policy (Next applies
  // these headers first, then the proxy's). The build's own files get nosniff alone (lib/security-headers.ts).
  async headers() {
    const production = process.env.NODE_ENV === "production";
    const policy = { key: "Content-Security-Policy", value: contentSecurityPolicy({ development: !production }) };
    return [
      { source: ALL_BUT_BUILD_FILES, headers: [...securityHeaders({ production }), policy] },
      { source: BUILD_FILES, headers: buildFileHeaders() },
    ];
  },
};

const withMDX = createMDX({ options: { remarkPlugins, rehypePlugins } });

export default withMDX(nextConfig);

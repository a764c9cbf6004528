import path from "node:path";
import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { rehypePlugins, remarkPlugins } from "./lib/content/mdx-options";

// Notes are MDX modules imported at build time; CONTENT_DIR lets tests build the site from fixtures.
const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");

const nextConfig: NextConfig = {
  pageExtensions: ["ts", "tsx"],
  poweredByHeader: false,
  // A second build folder lets scripts/check-content-build.ts build from fixtures without touching the main build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  turbopack: {
    resolveAlias: { "@content": contentDir },
  },
};

const withMDX = createMDX({ options: { remarkPlugins, rehypePlugins } });

export default withMDX(nextConfig);

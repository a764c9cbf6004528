import path from "node:path";
import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { rehypePlugins, remarkPlugins } from "./lib/content/mdx-options";

// Notes are MDX modules imported at build time; CONTENT_DIR lets tests build the site from fixtures.
const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");

const nextConfig: NextConfig = {
  pageExtensions: ["ts", "tsx"],
  poweredByHeader: false,
  // Native and driver modules stay outside the server bundle and are loaded from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg"],
  turbopack: {
    resolveAlias: { "@content": contentDir },
  },
};

const withMDX = createMDX({ options: { remarkPlugins, rehypePlugins } });

export default withMDX(nextConfig);

// How note bodies are compiled. Plugins are given by package name with plain-data options, because Turbopack
// passes them to the MDX loader across a process boundary; the unit tests compile with the same list.
import path from "node:path";

type PluginEntry = string | [string, Record<string, unknown>];

export const remarkPlugins: PluginEntry[] = [
  "remark-frontmatter",
  "remark-gfm",
  // A local plugin is named by absolute path: the loader resolves names from the folder of the note it compiles.
  [path.resolve(/*turbopackIgnore: true*/ "lib/content/remark-image-size.mjs"), { publicDir: path.resolve("public") }],
];

export const rehypePlugins: PluginEntry[] = [
  "rehype-slug",
  [
    "rehype-autolink-headings",
    {
      behavior: "append",
      properties: { className: ["heading-anchor"], ariaLabel: "Link to this section" },
      content: { type: "text", value: "#" },
    },
  ],
  // Highlighting happens at build time: the page gets coloured spans, not a highlighter script.
  ["rehype-pretty-code", { theme: { light: "github-light", dark: "github-dark-dimmed" }, keepBackground: false }],
];

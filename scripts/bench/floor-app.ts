// The framework's floor: a minimal Next.js app (the same installed version, no styles, no fonts, no components of
// its own) that serves one MDX note, the site's first note as plain Markdown. Built in a temporary folder that
// borrows this project's node_modules through a symlink; the site's numbers are read against it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const files: Record<string, string> = {
  "package.json": JSON.stringify({ private: true, type: "module" }),
  "next.config.mjs": `import createMDX from "@next/mdx";
export default createMDX({})({
  pageExtensions: ["js", "jsx", "mdx"],
  poweredByHeader: false,
  turbopack: { root: ${JSON.stringify(path.parse(process.cwd()).root)} },
});
`,
  "mdx-components.js": "export function useMDXComponents(components) { return components; }\n",
  "app/layout.jsx": `export const metadata = { title: "A note" };
export default function RootLayout({ children }) {
  return <html lang="en"><body><main>{children}</main></body></html>;
}
`,
};

/** The site's first note without its frontmatter or components: what the floor app serves at /notes/floor. */
function plainNote(contentDir: string): string {
  const notesDir = path.join(contentDir, "notes");
  const first = fs.readdirSync(notesDir).filter((name) => name.endsWith(".mdx")).sort()[0]!;
  const source = fs.readFileSync(path.join(notesDir, first), "utf8");
  const title = /^title:\s*(.+)$/m.exec(source)?.[1] ?? "A note";
  const body = source
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/<([A-Z]\w*)[^>]*\/>/g, "")
    .replace(/<([A-Z]\w*)[^>]*>([\s\S]*?)<\/\1>/g, "$2");
  return `# ${title}\n${body}`;
}

/** Writes the floor app into a fresh temporary folder and returns it; build it with `next build` there. */
export function writeFloorApp(contentDir: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-floor-"));
  for (const [name, text] of Object.entries({ ...files, "app/notes/floor/page.mdx": plainNote(contentDir) })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

export const floorNotePath = "/notes/floor";

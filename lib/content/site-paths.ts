import fs from "node:fs";
import path from "node:path";

const metadataRoutes: Record<string, string> = { "sitemap.ts": "sitemap.xml", "robots.ts": "robots.txt" };

/** The fixed paths the app serves, read from its folders: "/", "/notes", "/feed.xml"… (dynamic segments left out). */
export function listAppRoutes(appDir: string): Set<string> {
  const routes = new Set<string>();
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (/^[[_@]/.test(entry.name)) continue; // dynamic, private and parallel segments
        const isGroup = /^\(.*\)$/.test(entry.name);
        walk(path.join(dir, entry.name), isGroup ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        routes.add(`/${segments.join("/")}`);
      } else if (metadataRoutes[entry.name]) {
        routes.add(`/${[...segments, metadataRoutes[entry.name]].join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return routes;
}

/** Every file under public/, as the path a page links to: "/notes/my-note/diagram.png". */
export function listPublicFiles(publicDir: string): Set<string> {
  if (!fs.existsSync(publicDir)) return new Set();
  const files = fs.readdirSync(publicDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Set(files.map((entry) => `/${path.relative(publicDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`));
}

// Gives each local image in a note its width and height, read from the file under public/, so the page can
// reserve its space (no layout shift) and next/image can serve sized versions. Plain JavaScript: the MDX loader
// imports it by path. Missing files are left alone here; `npm run content:check` reports them.
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { visit } from "unist-util-visit";

/** @param {{ publicDir: string }} options */
export default function remarkImageSize({ publicDir }) {
  return (tree) => {
    visit(tree, "image", (node) => {
      if (!node.url.startsWith("/")) return;
      const file = path.join(publicDir, decodeURIComponent(node.url));
      if (!fs.existsSync(file)) return;
      const { width, height } = imageSize(fs.readFileSync(file));
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, width, height } };
    });
  };
}

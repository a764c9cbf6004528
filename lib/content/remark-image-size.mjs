// Gives each local image in a note its width and height, read from the file under public/, so the page can
// reserve its space (no layout shift), and a srcset of smaller copies written now, at build time, so a phone
// downloads a phone-sized file without any script. Plain JavaScript: the MDX loader imports it by path.
// Missing files are left alone here; `npm run content:check` reports them.
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { visit } from "unist-util-visit";
import { imageVariants, writeImageVariants } from "./note-image-variants.mjs";

/** @param {{ publicDir: string }} options */
export default function remarkImageSize({ publicDir }) {
  return async (tree) => {
    const images = [];
    visit(tree, "image", (node) => {
      if (!node.url.startsWith("/")) return;
      const file = path.join(publicDir, decodeURIComponent(node.url));
      if (fs.existsSync(file)) images.push({ node, ...imageSize(fs.readFileSync(file)) });
    });
    for (const { node, width, height } of images) {
      const properties = { width, height };
      const variants = imageVariants(node.url, width);
      // A file whose pixels cannot be read keeps its original alone: the page still shows it, at full size.
      const written = variants.length > 0 && (await writeImageVariants(publicDir, node.url, variants).then(() => true, () => false));
      if (written) properties.srcSet = [...variants, { url: node.url, width }].map((v) => `${v.url} ${v.width}w`).join(", ");
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
    }
  };
}

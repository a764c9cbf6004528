// The smaller copies of a note's image that its srcset offers: which widths, where they live under public/, and
// writing them (WebP, with sharp) when the note is compiled. Plain JavaScript: remark-image-size.mjs imports it.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

/** Widths offered besides the original: a phone at 1× and 2×, and the note column (40rem) at 1× and 2×. */
export const variantWidths = [400, 640, 960, 1280];
/** Copies live in a folder of their own, rebuilt from the originals and never committed. */
export const variantsFolder = "_sized";
const resizable = new Set([".png", ".jpg", ".jpeg", ".webp", ".avif"]);

/**
 * The copies an image of `width` pixels gets, as paths from the site root, smallest first. None for vector or
 * animated formats, which the browser scales itself.
 * @param {string} url @param {number} width @returns {{ url: string, width: number }[]}
 */
export function imageVariants(url, width) {
  const extension = path.posix.extname(url).toLowerCase();
  if (!resizable.has(extension)) return [];
  const stem = url.slice(0, -extension.length);
  return variantWidths.filter((w) => w < width).map((w) => ({ url: `/${variantsFolder}${stem}-${w}.webp`, width: w }));
}

/**
 * Writes the copies of the file behind `url` that are missing or older than it.
 * @param {string} publicDir @param {string} url @param {{ url: string, width: number }[]} variants
 */
export async function writeImageVariants(publicDir, url, variants) {
  const source = path.join(publicDir, decodeURIComponent(url));
  const sourceTime = fs.statSync(source).mtimeMs;
  for (const variant of variants) {
    const target = path.join(publicDir, decodeURIComponent(variant.url));
    if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= sourceTime) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Written aside and renamed, so two compilations of the same note never leave half a file.
    const partial = `${target}.${process.pid}.partial`;
    await sharp(source).resize({ width: variant.width }).webp({ quality: 80 }).toFile(partial);
    fs.renameSync(partial, target);
  }
}

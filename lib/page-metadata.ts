import type { Metadata } from "next";

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's path, made absolute against the site's address. */
  path: string;
  /** For articles: when published and last changed (YYYY-MM-DD). */
  article?: { publishedTime: string; modifiedTime?: string; tags?: string[] };
  /**
   * An image drawn by another route. A page's own openGraph replaces the one its layout got from an
   * opengraph-image file, and an image named here would hide the page's own file, so only a page without an image
   * file of its own names one (the site's card, "/opengraph-image").
   */
  image?: string;
}

/**
 * A page the site does not have. Given by the not-found pages and also by a page's own metadata when it answers 404
 * (a missing note or tag): the browser's title follows the page's metadata once React runs, so the
 * page's metadata must say the same as the not-found page drawn in its place.
 */
export const notFoundMetadata: Metadata = { title: "Page not found", robots: { index: false } };

/** Title, description, canonical address, Open Graph and Twitter card for one page. */
export function pageMetadata({ title, description, path, article, image }: PageMetadataInput): Metadata {
  const images = image ? [{ url: image, width: 1200, height: 630 }] : undefined;
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: { "application/rss+xml": [{ url: "/feed.xml", title: "Field notes" }] },
    },
    openGraph: {
      title,
      description,
      url: path,
      ...(images ? { images } : {}),
      ...(article ? { type: "article", ...article } : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description, ...(images ? { images } : {}) },
  };
}

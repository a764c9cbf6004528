import type { Metadata } from "next";

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's path, made absolute against the site's address. */
  path: string;
  /** For articles: when published and last changed (YYYY-MM-DD). */
  article?: { publishedTime: string; modifiedTime?: string; tags?: string[] };
}

/** Title, description, canonical address, Open Graph and Twitter card for one page. */
export function pageMetadata({ title, description, path, article }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: { "application/rss+xml": [{ url: "/feed.xml", title: "Field Notes" }] },
    },
    openGraph: {
      title,
      description,
      url: path,
      ...(article ? { type: "article", ...article } : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

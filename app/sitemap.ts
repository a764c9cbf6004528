import type { MetadataRoute } from "next";
import { countTags, getPublishedNotes } from "@/lib/content";
import { absoluteUrl, getSite } from "@/lib/site";

export const revalidate = 3600;

export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const notes = getPublishedNotes();
  const pages = ["/", "/engagements", "/about", "/notes", "/subscribe", "/privacy"].map((path) => ({ url: absoluteUrl(site, path) }));
  const notePages = notes.map((note) => ({
    url: absoluteUrl(site, `/notes/${note.slug}`),
    lastModified: note.updated ?? note.date,
  }));
  const tagPages = countTags(notes).map(({ tag }) => ({ url: absoluteUrl(site, `/notes/tags/${tag}`) }));
  return [...pages, ...notePages, ...tagPages];
}

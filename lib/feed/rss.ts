import type { Note } from "../content/notes";

export interface FeedChannel {
  title: string;
  description: string;
  /** The site's origin, without a trailing slash. */
  siteUrl: string;
  /** Where the feed itself is served, absolute. */
  feedUrl: string;
  language: string;
}

/** An RSS 2.0 document for the given notes (already filtered and sorted by the caller). */
export function buildRssFeed(channel: FeedChannel, notes: readonly Note[]): string {
  const lastBuild = notes[0] ? toRfc822(notes[0].updated ?? notes[0].date) : undefined;
  const items = notes.map((note) => {
    const link = `${channel.siteUrl}/notes/${note.slug}`;
    return [
      "    <item>",
      `      <title>${escapeXml(note.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <pubDate>${toRfc822(note.date)}</pubDate>`,
      `      <description>${escapeXml(note.summary)}</description>`,
      ...note.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
      "    </item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(`${channel.siteUrl}/notes`)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language)}</language>`,
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(lastBuild ? [`    <lastBuildDate>${lastBuild}</lastBuildDate>`] : []),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** RFC 822 date-time, as RSS 2.0 requires: "Thu, 09 Apr 2026 00:00:00 GMT". */
export function toRfc822(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toUTCString();
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);
}

import { getPublishedNotes } from "@/lib/content";
import { buildRssFeed } from "@/lib/feed/rss";
import { absoluteUrl, getSite } from "@/lib/site";

export const dynamic = "force-static";
export const revalidate = 3600;

export function GET() {
  const site = getSite();
  const xml = buildRssFeed(
    {
      title: `Field notes · ${site.siteName}`,
      description: site.notesIntro,
      siteUrl: site.url,
      feedUrl: absoluteUrl(site, "/feed.xml"),
      language: site.locale,
    },
    getPublishedNotes(),
  );
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}

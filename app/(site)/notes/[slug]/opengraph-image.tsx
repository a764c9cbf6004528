import { getPublishedNote } from "@/lib/content";
import { formatSeriesLine } from "@/lib/content/note-display";
import { renderOgImage } from "@/lib/og-image";
import { getSite } from "@/lib/site";

export { ogImageSize as size } from "@/lib/og-image";
export const contentType = "image/png";
export const alt = "The note's title and series number";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const note = getPublishedNote((await params).slug);
  const site = getSite();
  if (!note) return new Response("Not found", { status: 404 });
  return renderOgImage({ mark: site.mark, label: formatSeriesLine(note), title: note.title, footer: site.siteName });
}

export { generateStaticParams } from "./page";

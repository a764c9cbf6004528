import type { Note } from "@/lib/content";
import { absoluteUrl, getSite } from "@/lib/site";
import { JsonLd } from "./json-ld";

export function ArticleJsonLd({ note }: { note: Note }) {
  const site = getSite();
  const url = absoluteUrl(site, `/notes/${note.slug}`);
  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@type": "Article",
        headline: note.title,
        description: note.summary,
        datePublished: note.date,
        dateModified: note.updated ?? note.date,
        url,
        mainEntityOfPage: url,
        keywords: note.tags.join(", "),
        isPartOf: { "@type": "CreativeWorkSeries", name: "Field notes" },
        author: { "@type": "Person", name: site.name, jobTitle: site.role, url: site.url },
        publisher: { "@type": "Person", name: site.name },
      }}
    />
  );
}

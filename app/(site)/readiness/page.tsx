import { PageIntro } from "@/components/page-intro";
import { ReadinessPanel } from "@/components/readiness-panel";
import { getHomeContent, getOffer } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { getSite } from "@/lib/site";
import { parseSignalsParam } from "@/lib/readiness";
import { subscribeInPlace } from "@/app/(site)/subscribe/actions";

interface ReadinessPageProps {
  searchParams: Promise<{ [key: string]: string | string[] | undefined }>;
}

// The self-check's answer without JavaScript: the home page's form GETs this page, which is rendered per request
// so the home page itself stays static. One address per combination of answers, none worth indexing.
export function generateMetadata() {
  const { readiness } = getHomeContent();
  return {
    ...pageMetadata({ title: readiness.heading, description: readiness.intro, path: "/readiness", image: "/opengraph-image" }),
    robots: { index: false, follow: true },
  };
}

export default async function ReadinessPage({ searchParams }: ReadinessPageProps) {
  const ticked = parseSignalsParam((await searchParams).signals);
  const { readiness } = getHomeContent();
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow={getSite().role} title={readiness.heading} intro={readiness.intro} />
      <ReadinessPanel content={readiness} scoping={getOffer("scoping")} ticked={ticked} answered headingLevel={2} subscribe={subscribeInPlace} />
    </div>
  );
}

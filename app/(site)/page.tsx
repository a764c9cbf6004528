import { CallToActionPanel } from "@/components/call-to-action-panel";
import { Link } from "@/components/site-link";
import { ButtonLink } from "@/components/button-link";
import { NoteList } from "@/components/note-list";
import { OfferSummary } from "@/components/offer-summary";
import { ReadinessPanel } from "@/components/readiness-panel";
import { PageSection } from "@/components/page-section";
import { SubscribeBox } from "@/components/newsletter/subscribe-box";
import { TitledList } from "@/components/titled-list";
import { getHomeContent, getOffer, getOffers, getPublishedNotes } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { getSite } from "@/lib/site";
import { subscribeInPlace } from "@/app/(site)/subscribe/actions";

export function generateMetadata() {
  const site = getSite();
  return {
    ...pageMetadata({ title: site.siteName, description: site.description, path: "/", image: "/opengraph-image" }),
    title: { absolute: site.siteName },
  };
}

export default function HomePage() {
  const site = getSite();
  const home = getHomeContent();
  const offers = getOffers();
  const latest = getPublishedNotes().slice(0, 3);
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-24">
      <section aria-labelledby="intro" className="space-y-6">
        <p className="font-sans text-sm font-medium uppercase tracking-[0.14em] text-muted">{site.role}</p>
        <h1 id="intro" className="text-4xl font-semibold leading-[1.1] tracking-tight text-balance sm:text-6xl">
          {site.tagline}
        </h1>
        <p className="max-w-prose text-xl leading-relaxed text-muted">{site.description}</p>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-4 pt-2">
          <ButtonLink href="/book">{home.callToAction.button}</ButtonLink>
          <Link href="/notes" className="inline-flex min-h-11 items-center font-sans text-accent underline underline-offset-4">
            {home.readiness.notes.link}
          </Link>
        </div>
      </section>

      <PageSection id="shapes" heading={home.shapes.heading} intro={home.shapes.intro} className="mt-24">
        <TitledList items={home.shapes.items} numbered />
      </PageSection>

      <PageSection id="not-this" heading={home.notThis.heading} className="mt-24">
        <TitledList items={home.notThis.items} />
      </PageSection>

      <PageSection id="readiness" heading={home.readiness.heading} intro={home.readiness.intro} className="mt-24">
        <ReadinessPanel content={home.readiness} scoping={getOffer("scoping")} headingLevel={3} subscribe={subscribeInPlace} />
      </PageSection>

      <PageSection id="engagements" heading={home.engagements.heading} intro={home.engagements.intro} className="mt-24">
        <OfferSummary offers={offers} />
        <Link href="/engagements" className="mt-4 inline-flex min-h-11 items-center font-sans text-accent underline underline-offset-4">
          {home.engagements.link}
        </Link>
      </PageSection>

      {latest.length > 0 && (
        <PageSection id="latest" heading={home.latestNotes.heading} className="mt-24">
          <NoteList notes={latest} headingLevel={3} />
          <Link href="/notes" className="mt-4 inline-flex min-h-11 items-center font-sans text-accent underline underline-offset-4">
            {home.latestNotes.link}
          </Link>
          <SubscribeBox action={subscribeInPlace} headingLevel={3} />
        </PageSection>
      )}

      <CallToActionPanel id="talk" {...home.callToAction} />
    </div>
  );
}

import { FaqList } from "@/components/faq-list";
import { OfferCard } from "@/components/offer-card";
import { OffersJsonLd } from "@/components/offers-json-ld";
import { PageIntro } from "@/components/page-intro";
import { getEngagementsFile, getOffers } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";

export function generateMetadata() {
  return pageMetadata({ title: "Engagements", description: getEngagementsFile().intro, path: "/engagements" });
}

export default function EngagementsPage() {
  const { title, intro, labels, faqHeading, faq } = getEngagementsFile();
  const offers = getOffers();
  return (
    <div className="mx-auto max-w-5xl px-5 py-14 sm:px-8 sm:py-20">
      <OffersJsonLd offers={offers} />
      <PageIntro eyebrow="Engagements" title={title} intro={intro} />
      {/* On a wide screen each card's sections share rows with its neighbours', so prices and headings line up. */}
      <div className="grid gap-6 lg:grid-cols-3 lg:gap-y-0">
        {offers.map((offer) => (
          <OfferCard key={offer.id} offer={offer} labels={labels} />
        ))}
      </div>
      <section aria-labelledby="faq" className="mt-24 max-w-3xl">
        <h2 id="faq" className="mb-6 text-3xl font-semibold tracking-tight">
          {faqHeading}
        </h2>
        <FaqList items={faq} />
      </section>
    </div>
  );
}

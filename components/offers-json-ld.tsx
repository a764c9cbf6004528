import type { Offer } from "@/lib/content";
import { absoluteUrl, getSite } from "@/lib/site";
import { JsonLd } from "./json-ld";

/** Each engagement as a schema.org Service whose Offer carries its published range (a monthly fee per month). */
export function OffersJsonLd({ offers }: { offers: readonly Offer[] }) {
  const site = getSite();
  const provider = { "@type": "Person", name: site.name, jobTitle: site.role, url: site.url };
  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@graph": offers.map((offer) => ({
          "@type": "Service",
          "@id": absoluteUrl(site, `/engagements#${offer.id}`),
          name: offer.name,
          description: offer.summary,
          serviceType: site.role,
          provider,
          offers: {
            "@type": "Offer",
            name: offer.name,
            url: absoluteUrl(site, "/engagements"),
            priceCurrency: offer.investment.currency,
            priceSpecification: {
              "@type": "UnitPriceSpecification",
              minPrice: offer.investment.low,
              maxPrice: offer.investment.high,
              priceCurrency: offer.investment.currency,
              ...(offer.investment.cadence === "monthly"
                ? { unitText: "MONTH", referenceQuantity: { "@type": "QuantitativeValue", value: 1, unitCode: "MON" } }
                : {}),
            },
          },
        })),
      }}
    />
  );
}

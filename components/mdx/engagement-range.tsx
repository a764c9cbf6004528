import { getOffer } from "@/lib/content";

/** The live published range of an engagement, as on /engagements: `<EngagementRange id="scoping" />`. */
export function EngagementRange({ id }: { id: string }) {
  const offer = getOffer(id);
  return (
    <a href="/engagements" className="whitespace-nowrap" title={`${offer.name}: published investment range`}>
      {offer.priceLabel}
    </a>
  );
}

import { Link } from "./site-link";
import type { Offer } from "@/lib/content";

/** The three engagements in brief, each linking to its full description on /engagements. */
export function OfferSummary({ offers }: { offers: readonly Offer[] }) {
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {offers.map((offer) => (
        <li key={offer.id} className="grid gap-1 py-5 sm:grid-cols-[1fr_auto] sm:items-baseline sm:gap-x-8">
          <Link href={`/engagements#${offer.id}`} className="text-xl font-semibold tracking-tight underline-offset-4 hover:underline">
            {offer.name}
          </Link>
          <p className="font-sans text-lg tabular-nums sm:text-right" data-testid={`summary-price-${offer.id}`}>
            {offer.priceLabel}
            <span className="text-muted"> · {offer.duration}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}

import type { EngagementsFile } from "@/lib/content/engagement-schema";
import type { Offer } from "@/lib/content";
import { ButtonLink } from "./button-link";

const labelClass = "font-sans text-sm font-medium uppercase tracking-[0.12em] text-muted";

/** One engagement as /engagements shows it: what it costs and takes, who it is for, what it includes and leaves behind. */
export function OfferCard({ offer, labels }: { offer: Offer; labels: EngagementsFile["labels"] }) {
  const headingId = `offer-${offer.id}`;
  return (
    <article id={offer.id} aria-labelledby={headingId} className="flex scroll-mt-8 flex-col rounded-2xl border border-rule bg-raised px-6 py-8 sm:px-8 lg:row-span-10 lg:grid lg:grid-rows-subgrid lg:px-7">
      <h2 id={headingId} className="text-2xl font-semibold leading-snug tracking-tight">
        {offer.name}
      </h2>
      <p className="mt-2 text-lg leading-relaxed">{offer.summary}</p>
      <dl className="mt-6 grid gap-4 border-y border-rule py-5">
        <div>
          <dt className={labelClass}>{labels.investment}</dt>
          <dd className="mt-1 font-sans text-xl font-semibold tabular-nums lg:text-lg" data-testid={`price-${offer.id}`}>
            <PriceLabel label={offer.priceLabel} />
          </dd>
        </div>
        <div>
          <dt className={labelClass}>{labels.duration}</dt>
          <dd className="mt-1 text-lg">{offer.duration}</dd>
        </div>
      </dl>
      <h3 className={`mt-6 ${labelClass}`}>{labels.whoFor}</h3>
      <p className="mt-2 text-lg leading-relaxed">{offer.whoFor}</p>
      <h3 className={`mt-6 ${labelClass}`}>{labels.includes}</h3>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-lg leading-relaxed marker:text-muted">
        {offer.includes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3 className={`mt-6 ${labelClass}`}>{labels.outcome}</h3>
      <p className="mt-2 mb-8 text-lg leading-relaxed">{offer.outcome}</p>
      <ButtonLink href={offer.bookingHref} className="mt-auto self-start justify-self-start">
        {labels.button}
        <span className="sr-only"> about the {offer.name}</span>
      </ButtonLink>
    </article>
  );
}

/** "USD 4,000–6,000 / month": a narrow card may wrap before "/ month", never between "/" and "month". */
function PriceLabel({ label }: { label: string }) {
  const [amount, per] = label.split(" / ");
  return per ? (
    <>
      {amount} <span className="whitespace-nowrap">/ {per}</span>
    </>
  ) : (
    label
  );
}

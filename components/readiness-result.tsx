import { Link } from "./site-link";
import type { Offer, ReadinessContent } from "@/lib/content";
import type { NextStep } from "@/lib/readiness";
import { ButtonLink } from "./button-link";
import { SubscribeBox } from "./newsletter/subscribe-box";
import type { SubscribeInPlaceAction } from "@/lib/newsletter/web/subscribe-state";

interface ReadinessResultProps {
  step: NextStep;
  content: ReadinessContent;
  scoping: Offer;
  headingLevel: 2 | 3;
  /** The subscribe form's action, offered with the "not yet" answer. */
  subscribe: SubscribeInPlaceAction;
}

/** What the self-check recommends: reading the notes first, or the Scoping engagement with its range. */
export function ReadinessResult({ step, content, scoping, headingLevel, subscribe }: ReadinessResultProps) {
  const Heading = `h${headingLevel}` as const;
  if (step === "notes") {
    return (
      <div data-next-step="notes">
        <Heading className="text-2xl font-semibold tracking-tight">{content.notes.heading}</Heading>
        <p className="mt-2 text-lg leading-relaxed">{content.notes.body}</p>
        <Link href="/notes" className="mt-2 inline-flex min-h-11 items-center font-sans text-accent underline underline-offset-4">
          {content.notes.link}
        </Link>
        <SubscribeBox action={subscribe} id={`readiness-subscribe-${headingLevel}`} headingLevel={(headingLevel + 1) as 3 | 4} />
      </div>
    );
  }
  return (
    <div data-next-step="scoping">
      <Heading className="text-2xl font-semibold tracking-tight">{content.scoping.heading}</Heading>
      <p className="mt-2 font-sans text-lg">
        {/* Each fact stays on one line: a phone wraps between them, never inside "3 to 4 weeks". */}
        <span className="font-semibold whitespace-nowrap">{scoping.name}</span> · <span className="whitespace-nowrap tabular-nums">{scoping.priceLabel}</span> ·{" "}
        <span className="whitespace-nowrap">{scoping.duration}</span>
      </p>
      <p className="mt-2 text-lg leading-relaxed">{content.scoping.body}</p>
      <ButtonLink href={scoping.bookingHref} className="mt-5">
        {content.scoping.button}
      </ButtonLink>
    </div>
  );
}

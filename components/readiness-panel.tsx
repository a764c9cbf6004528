import type { Offer, ReadinessContent } from "@/lib/content";
import { ReadinessCheck } from "./readiness-check";
import { ReadinessResult } from "./readiness-result";
import type { SubscribeInPlaceAction } from "@/lib/newsletter/web/subscribe-state";

interface ReadinessPanelProps {
  content: ReadinessContent;
  scoping: Offer;
  ticked?: readonly string[];
  answered?: boolean;
  /** The level of the answer's heading: one below the heading of the section the panel sits in. */
  headingLevel: 2 | 3;
  /** The subscribe form's action, for the "not yet" answer. */
  subscribe: SubscribeInPlaceAction;
}

/** The self-check with both possible answers rendered here on the server, so the client part stays tiny. */
export function ReadinessPanel({ content, scoping, ticked = [], answered = false, headingLevel, subscribe }: ReadinessPanelProps) {
  const result = (step: "notes" | "scoping") => (
    <ReadinessResult step={step} content={content} scoping={scoping} headingLevel={headingLevel} subscribe={subscribe} />
  );
  return (
    <div className="rounded-2xl border border-rule bg-raised px-5 py-7 sm:px-8 sm:py-9">
      <ReadinessCheck
        action="/readiness"
        legend={content.legend}
        signals={content.signals}
        submit={content.submit}
        resultLabel={content.resultHeading}
        initialTicked={ticked}
        answered={answered}
        results={{ notes: result("notes"), scoping: result("scoping") }}
      />
    </div>
  );
}

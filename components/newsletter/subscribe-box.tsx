import { getSite } from "@/lib/site";
import type { SubscribeFormState } from "@/lib/newsletter/web/subscribe-state";
import { SubscribeFormLive } from "./subscribe-form-live";
import { SubscribePanel } from "./subscribe-panel";

/** "Get new field notes by email" where a page may carry a little JavaScript: it answers in place. */
interface SubscribeBoxProps {
  id?: string;
  initial?: SubscribeFormState;
  /** The form alone, for a page whose own heading says what it is. */
  bare?: boolean;
  headingLevel?: 2 | 3 | 4;
}

export function SubscribeBox({ id = "subscribe", initial, bare, headingLevel }: SubscribeBoxProps) {
  const words = getSite().newsletter;
  if (bare) return <SubscribeFormLive id={id} words={words} initial={initial} />;
  return (
    <SubscribePanel id={id} words={words} headingLevel={headingLevel}>
      <SubscribeFormLive id={id} words={words} initial={initial} />
    </SubscribePanel>
  );
}

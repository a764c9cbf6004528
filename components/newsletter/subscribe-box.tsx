import { getSite } from "@/lib/site";
import type { SubscribeFormState, SubscribeInPlaceAction } from "@/lib/newsletter/web/subscribe-state";
import { SubscribeFormLive } from "./subscribe-form-live";
import { SubscribePanel } from "./subscribe-panel";

/** "Get new field notes by email" where a page may carry a little JavaScript: it answers in place. */
interface SubscribeBoxProps {
  /** The server action, from app/(site)/subscribe/actions.ts. */
  action: SubscribeInPlaceAction;
  id?: string;
  initial?: SubscribeFormState;
  /** The form alone, for a page whose own heading says what it is. */
  bare?: boolean;
  headingLevel?: 2 | 3 | 4;
}

export function SubscribeBox({ action, id = "subscribe", initial, bare, headingLevel }: SubscribeBoxProps) {
  const words = getSite().newsletter;
  if (bare) return <SubscribeFormLive id={id} words={words} action={action} initial={initial} />;
  return (
    <SubscribePanel id={id} words={words} headingLevel={headingLevel}>
      <SubscribeFormLive id={id} words={words} action={action} initial={initial} />
    </SubscribePanel>
  );
}

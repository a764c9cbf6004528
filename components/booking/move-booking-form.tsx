"use client";

import { useActionState, useSyncExternalStore } from "react";
import type { MoveFormState } from "@/lib/booking/web/manage-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NearestTimes } from "@/components/ui/nearest-times";
import { fieldId } from "./field";
import { SlotPicker } from "./slot-picker";

export interface MoveBookingFormProps {
  action: (state: MoveFormState, formData: FormData) => Promise<MoveFormState>;
  token: string;
  slots: readonly { start: string; end: string }[];
  timeZone: string;
}

const subscribeToNothing = () => () => {};

/** The founder picks another free time, with the booking form's own day-then-time picker; works without JavaScript. */
export function MoveBookingForm(props: MoveBookingFormProps) {
  const [state, formAction, pending] = useActionState(props.action, { submission: 0 });
  const interactive = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="token" value={props.token} />
      <p className="font-sans text-[0.95rem] text-muted">Times in {props.timeZone}</p>
      {state.message && (
        <Alert className="font-semibold">{state.message}</Alert>
      )}
      <NearestTimes slots={state.nearest} timeZone={props.timeZone} firstId={`${fieldId("start")}-nearest`} />
      <SlotPicker slots={props.slots} timeZone={props.timeZone} interactive={interactive} selectedStart="" focusFirst={false} />
      <Button disabled={pending}>{pending ? "Moving…" : "Move my call to this time"}</Button>
    </form>
  );
}

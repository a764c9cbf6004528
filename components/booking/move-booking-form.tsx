"use client";

import { useActionState, useSyncExternalStore } from "react";
import type { MoveFormState } from "@/lib/booking/web/manage-form";
import { formatSlot } from "@/lib/booking/slot-display";
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
        <div role="alert" className="rounded-xl border-2 border-[#b3261e] px-5 py-4 font-sans font-semibold dark:border-[#f2b8b5]">
          {state.message}
        </div>
      )}
      {state.nearest && state.nearest.length > 0 && (
        <fieldset>
          <legend className="font-sans text-[0.95rem] font-semibold">Nearest free times</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {state.nearest.map((slot, index) => (
              <label key={slot.start} className="flex cursor-pointer items-center gap-2 rounded-lg border border-rule px-3 py-2 font-sans text-[0.95rem] has-[input:checked]:border-accent has-[input:checked]:bg-raised">
                <input type="radio" name="start" value={slot.start} id={index === 0 ? `${fieldId("start")}-nearest` : undefined} className="accent-accent" />
                {formatSlot({ start: new Date(slot.start), end: new Date(slot.end) }, props.timeZone)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <SlotPicker slots={props.slots} timeZone={props.timeZone} interactive={interactive} selectedStart="" focusFirst={false} />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex items-center rounded-full bg-accent px-6 py-3 font-sans text-base font-medium text-accent-ink shadow-sm transition-[filter] hover:brightness-110 disabled:opacity-70"
      >
        {pending ? "Moving…" : "Move my call to this time"}
      </button>
    </form>
  );
}

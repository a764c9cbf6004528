"use client";

import { useActionState, useState } from "react";
import type { MoveFormState } from "@/lib/booking/web/manage-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NearestTimes } from "@/components/ui/nearest-times";
import { fieldId } from "./field";
import { SlotPicker } from "./slot-picker";
import { TimeZoneForm } from "./time-zone-form";
import { useInteractive } from "@/components/use-interactive";
import { useMinuteClock } from "./use-minute-clock";
import { zoneLabel } from "@/lib/time/zone-labels";

export interface MoveBookingFormProps {
  action: (state: MoveFormState, formData: FormData) => Promise<MoveFormState>;
  token: string;
  slots: readonly { start: string; end: string }[];
  /** The zone the free times are shown in: ?tz= when given, else the one the founder booked in. */
  timeZone: string;
  timeZones: readonly string[];
  /** When the server drew the page (ms): the zones' offsets and clocks start from it. */
  now: number;
  /** The founder's page, which the zone form reloads without JavaScript (?tz=). */
  managePath: string;
}

/** The founder picks another free time, with the booking form's own day-then-time picker; works without JavaScript. */
export function MoveBookingForm(props: MoveBookingFormProps) {
  const [state, formAction, pending] = useActionState(props.action, { submission: 0 });
  const interactive = useInteractive();
  const [timeZone, setTimeZone] = useState(props.timeZone);
  const now = useMinuteClock(props.now);
  // Every message here is about the time asked for: once another is picked, it no longer holds.
  const [pickedAfter, setPickedAfter] = useState(-1);
  const message = pickedAfter === state.submission ? undefined : state.message;
  const onPick = (event: React.FormEvent<HTMLFormElement>) => {
    if ((event.target as HTMLInputElement).name === "start") setPickedAfter(state.submission);
  };
  // The zone form comes first and on its own: forms cannot nest.
  return (
    <div className="space-y-8">
      <TimeZoneForm timeZone={timeZone} timeZones={props.timeZones} now={now} interactive={interactive} onChange={setTimeZone} keep={{}} action={props.managePath} />
      <form key={state.submission} action={formAction} onChange={onPick} noValidate className="space-y-6">
        <input type="hidden" name="token" value={props.token} />
        <p aria-live="polite" className="font-sans text-[0.95rem] text-muted">
          Times in {zoneLabel(timeZone, now)}
        </p>
        {message && <Alert className="font-semibold">{message}</Alert>}
        <NearestTimes slots={state.nearest} timeZone={timeZone} firstId={`${fieldId("start")}-nearest`} />
        <SlotPicker slots={props.slots} timeZone={timeZone} interactive={interactive} selectedStart="" focusFirst={false} />
        <Button disabled={pending}>{pending ? "Moving…" : "Move my call to this time"}</Button>
      </form>
    </div>
  );
}

"use client";

import { startTransition, useActionState, useEffect, useState } from "react";
import { firstFieldWithError, HONEYPOT_FIELD, type BookingFormState } from "@/lib/booking/web/form-state";
import { formatSlot } from "@/lib/booking/slot-display";
import { canonicalTimeZone } from "@/lib/time/zone-names";
import { zoneLabel } from "@/lib/time/zone-labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NearestTimes } from "@/components/ui/nearest-times";
import { BookingConfirmation } from "./booking-confirmation";
import { errorProps, FieldError, fieldId, inputClass, Label } from "./field";
import { SlotPicker } from "./slot-picker";
import { TimeZoneForm } from "./time-zone-form";
import { useInteractive } from "@/components/use-interactive";
import { useFreshSlots } from "./use-fresh-slots";
import { useMinuteClock } from "./use-minute-clock";

interface Choice {
  id: string;
  label: string;
}

export interface BookingFormProps {
  action: (state: BookingFormState, formData: FormData) => Promise<BookingFormState>;
  initialState: BookingFormState;
  slots: readonly { start: string; end: string }[];
  /** The booking window in days, for times fetched afresh when the page is an older kept copy. */
  daysAhead: number;
  /** The zone the page was drawn in: ?tz= when given, else the consultant's. */
  timeZone: string;
  /** True when the visitor picked the zone (?tz=): then the browser's own zone does not replace it. */
  timeZoneChosen: boolean;
  consultantTimeZone: string;
  timeZones: readonly string[];
  /** When the server drew the page (ms): the zones' offsets and clocks start from it. */
  now: number;
  choices: { readinessSignals: readonly Choice[]; engagements: readonly Choice[]; teamSizes: readonly string[] };
  confirmation: { meetingLink: string; nextSteps: readonly string[] };
  /** Query parameters the time-zone form carries over. */
  keep: Record<string, string>;
}

export function BookingForm(props: BookingFormProps) {
  const [state, formAction, pending] = useActionState(props.action, props.initialState);
  // Once JavaScript runs, the picker becomes day-then-time.
  const interactive = useInteractive();
  const [timeZone, setTimeZone] = useState(state.values.timeZone || props.timeZone);
  const now = useMinuteClock(props.now);
  const slots = useFreshSlots(props.slots, props.now, props.daysAhead);
  // The submission after which a time was picked: from then on, what it said about the time is no longer true.
  const [pickedAfter, setPickedAfter] = useState(-1);

  useEffect(() => {
    if (props.timeZoneChosen || props.initialState.values.timeZone) return;
    const detected = canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    // The times redrawn in the visitor's zone: a transition, like the change to interactive above.
    if (detected) startTransition(() => setTimeZone(detected));
  }, [props.timeZoneChosen, props.initialState.values.timeZone]);

  if (state.status === "received" && state.received) {
    const slot = { start: new Date(state.received.start), end: new Date(state.received.end) };
    return (
      <section aria-labelledby="booking-received" className="space-y-6">
        <h2 id="booking-received" className="text-3xl font-semibold tracking-tight">
          You’re booked
        </h2>
        <BookingConfirmation
          visitorTime={formatSlot(slot, state.values.timeZone || timeZone)}
          visitorTimeZone={state.values.timeZone || timeZone}
          now={now}
          consultantTime={formatSlot(slot, props.consultantTimeZone)}
          consultantTimeZone={props.consultantTimeZone}
          {...props.confirmation}
        />
      </section>
    );
  }

  const { values } = state;
  const picked = pickedAfter === state.submission;
  const fieldErrors = picked ? { ...state.fieldErrors, start: undefined } : state.fieldErrors;
  const message = picked && state.message === state.fieldErrors.start ? undefined : state.message;
  const firstError = state.status === "error" ? firstFieldWithError(fieldErrors) : undefined;
  const errorCount = Object.values(fieldErrors).filter(Boolean).length;
  const showProblems = state.status === "error" && (errorCount > 0 || message !== undefined);
  const focus = (field: string) => firstError === field;
  const onPick = (event: React.FormEvent<HTMLFormElement>) => {
    if ((event.target as HTMLInputElement).name === "start") setPickedAfter(state.submission);
  };

  return (
    <div className="space-y-10">
      <TimeZoneForm timeZone={timeZone} timeZones={props.timeZones} now={now} interactive={interactive} onChange={setTimeZone} keep={props.keep} />

      <form key={state.submission} action={formAction} onChange={onPick} noValidate className="space-y-12" aria-describedby={showProblems ? "booking-problems" : undefined}>
        {showProblems && (
          <Alert id="booking-problems">
            <p className="font-semibold">
              {message ?? `Please check ${errorCount === 1 ? "the answer" : `the ${errorCount} answers`} marked below; everything you typed is kept.`}
            </p>
          </Alert>
        )}

        <fieldset className="space-y-6">
          <legend className="text-2xl font-semibold tracking-tight">Pick a time</legend>
          <p id="booking-zone-note" aria-live="polite" className="font-sans text-[0.95rem] text-muted" suppressHydrationWarning>
            Times in {zoneLabel(timeZone, now)}
          </p>
          <input type="hidden" name="timeZone" value={timeZone} />
          <NearestTimes slots={state.nearest} timeZone={timeZone} firstId={`${fieldId("start")}-nearest`} autoFocusFirst={focus("start")} />
          <FieldError name="start" message={fieldErrors.start} />
          <SlotPicker
            slots={slots}
            timeZone={timeZone}
            interactive={interactive}
            selectedStart={values.start}
            error={fieldErrors.start}
            focusFirst={focus("start") && !state.nearest?.length}
          />
        </fieldset>

        <fieldset className="space-y-6">
          <legend className="text-2xl font-semibold tracking-tight">About you</legend>
          <div>
            <Label htmlFor={fieldId("name")}>Your name</Label>
            <input id={fieldId("name")} name="name" autoComplete="name" required defaultValue={values.name} autoFocus={focus("name")} className={inputClass} {...errorProps("name", fieldErrors.name)} />
            <FieldError name="name" message={fieldErrors.name} />
          </div>
          <div>
            <Label htmlFor={fieldId("email")}>Email</Label>
            <input id={fieldId("email")} name="email" type="email" autoComplete="email" required defaultValue={values.email} autoFocus={focus("email")} className={inputClass} {...errorProps("email", fieldErrors.email)} />
            <FieldError name="email" message={fieldErrors.email} />
          </div>
          <div className="grid gap-6 sm:grid-cols-2">
            <div>
              <Label htmlFor={fieldId("company")} optional>
                Company
              </Label>
              <input id={fieldId("company")} name="company" autoComplete="organization" defaultValue={values.company} autoFocus={focus("company")} className={inputClass} {...errorProps("company", fieldErrors.company)} />
              <FieldError name="company" message={fieldErrors.company} />
            </div>
            <div>
              <Label htmlFor={fieldId("teamSize")} optional>
                Team size
              </Label>
              <select id={fieldId("teamSize")} name="teamSize" defaultValue={values.teamSize} autoFocus={focus("teamSize")} className={inputClass} {...errorProps("teamSize", fieldErrors.teamSize)}>
                <option value="">Choose…</option>
                {props.choices.teamSizes.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
              <FieldError name="teamSize" message={fieldErrors.teamSize} />
            </div>
          </div>
          <div>
            <Label htmlFor={fieldId("message")} optional>
              What would you like to talk about?
            </Label>
            <textarea id={fieldId("message")} name="message" rows={5} defaultValue={values.message} autoFocus={focus("message")} className={inputClass} {...errorProps("message", fieldErrors.message)} />
            <FieldError name="message" message={fieldErrors.message} />
          </div>
          <fieldset {...errorProps("readiness", fieldErrors.readiness)}>
            <legend className="font-sans text-[0.95rem] font-medium">
              Which of these sound like your business? <span className="font-normal text-muted">(tick any that apply)</span>
            </legend>
            <div className="mt-3 space-y-3">
              {props.choices.readinessSignals.map((signal, index) => (
                <label key={signal.id} className="flex gap-3 font-sans text-[0.95rem] leading-snug">
                  <input
                    type="checkbox"
                    name="readiness"
                    value={signal.id}
                    defaultChecked={values.readiness.includes(signal.id)}
                    id={index === 0 ? fieldId("readiness") : undefined}
                    autoFocus={focus("readiness") && index === 0}
                    className="mt-0.5 size-4 shrink-0"
                  />
                  <span>{signal.label}</span>
                </label>
              ))}
            </div>
            <FieldError name="readiness" message={fieldErrors.readiness} />
          </fieldset>
          <div>
            <Label htmlFor={fieldId("engagement")} optional>
              The engagement you have in mind
            </Label>
            <select id={fieldId("engagement")} name="engagement" defaultValue={values.engagement} autoFocus={focus("engagement")} className={inputClass} {...errorProps("engagement", fieldErrors.engagement)}>
              <option value="">Not sure yet</option>
              {props.choices.engagements.map((engagement) => (
                <option key={engagement.id} value={engagement.id}>
                  {engagement.label}
                </option>
              ))}
            </select>
            <FieldError name="engagement" message={fieldErrors.engagement} />
          </div>
        </fieldset>

        <input type="hidden" name="source" value={values.source} />
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={fieldId(HONEYPOT_FIELD)}>Leave this empty</label>
          <input id={fieldId(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue={values.website} />
        </div>

        <div className="flex flex-wrap items-center gap-4">
          <Button disabled={pending}>{pending ? "Booking…" : "Book the intro call"}</Button>
          <p className="font-sans text-[0.95rem] text-muted">Free, 30 minutes, on video.</p>
        </div>
      </form>
    </div>
  );
}

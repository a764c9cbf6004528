"use client";

import { useActionState } from "react";
import type { TimeOffField, TimeOffFormState } from "@/lib/admin/time-off";
import { buttonClass, errorTextClass, inputClass } from "./admin-styles";

const fieldId = (name: TimeOffField) => `time-off-${name}`;
const errorId = (name: TimeOffField) => `time-off-${name}-error`;

/**
 * The form that blocks time: a day, several days, or hours. With JavaScript off it posts and comes back with its
 * errors next to their fields and nothing typed lost; a block added goes to the page that names it.
 */
export function TimeOffForm(props: {
  action: (state: TimeOffFormState, formData: FormData) => Promise<TimeOffFormState>;
  initialState: TimeOffFormState;
  noteMaxLength: number;
}) {
  const [state, formAction, pending] = useActionState(props.action, props.initialState);
  const { values, fieldErrors } = state;
  const hasErrors = Object.values(fieldErrors).some(Boolean);

  // Each field: its label, its control, any hint, and its error right under it.
  const field = (name: TimeOffField, label: string, input: { type: string; required?: boolean; maxLength?: number }, hint?: string) => {
    const error = fieldErrors[name];
    const hintId = hint ? `${fieldId(name)}-hint` : undefined;
    const describedBy = [hintId, error ? errorId(name) : undefined].filter(Boolean).join(" ") || undefined;
    return (
      <div>
        <label htmlFor={fieldId(name)} className="block font-medium">
          {label}
          {!input.required && <span className="font-normal text-muted"> (optional)</span>}
        </label>
        {hint && (
          <p id={hintId} className="text-[0.95rem] text-muted">
            {hint}
          </p>
        )}
        <input
          id={fieldId(name)}
          name={name}
          {...input}
          defaultValue={values[name]}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {error && (
          <p id={errorId(name)} className={errorTextClass}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form key={state.submission} action={formAction} className="max-w-prose space-y-5" noValidate>
      {hasErrors && (
        <p role="alert" className={errorTextClass}>
          The time off was not added. See what to change below.
        </p>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        {field("from", "First day", { type: "date", required: true })}
        {field("to", "Last day", { type: "date" }, "Leave empty for one day.")}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        {field("startTime", "From", { type: "time" }, "On the first day. Leave both times empty to block whole days.")}
        {field("endTime", "Until", { type: "time" }, "On the last day.")}
      </div>
      {field("note", "Note", { type: "text", maxLength: props.noteMaxLength }, "Only you see it.")}
      <button type="submit" className={buttonClass} disabled={pending}>
        Block this time
      </button>
    </form>
  );
}

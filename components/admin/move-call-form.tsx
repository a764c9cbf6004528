import { MOVE_MESSAGE_MAX_LENGTH, type MoveChoices } from "@/lib/admin/move-call";
import { buttonClass, errorTextClass, inputClass } from "./admin-styles";
import { zonePlace } from "@/lib/time/zone-labels";

/**
 * The consultant moves a call to another free time, picked from a list grouped by day on their own clock, with an
 * optional message to the founder. A plain form: it works without JavaScript.
 */
export function MoveCallForm(props: {
  bookingId: string;
  founderName: string;
  choices: MoveChoices;
  problem?: string;
  action: (formData: FormData) => Promise<void>;
}) {
  const { choices } = props;
  if (!choices.days.length) {
    return (
      <>
        {props.problem && <p className={errorTextClass}>{props.problem}</p>}
        <p>There are no other free times in the booking window to move this call to.</p>
      </>
    );
  }
  return (
    <form action={props.action} className="space-y-3">
      <input type="hidden" name="bookingId" value={props.bookingId} />
      <label htmlFor="move-start" className="block">
        New time <span className="text-muted">(on your clock, {zonePlace(choices.timeZone)})</span>
      </label>
      <select
        id="move-start"
        name="start"
        required
        defaultValue=""
        className={inputClass}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={props.problem ? "move-error" : undefined}
      >
        <option value="">Choose a free time</option>
        {choices.days.map((day) => (
          <optgroup key={day.label} label={day.label}>
            {day.times.map((time) => (
              <option key={time.value} value={time.value}>
                {`${day.label}, ${time.label}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {props.problem && (
        <p id="move-error" className={errorTextClass}>
          {props.problem}
        </p>
      )}
      <label htmlFor="move-message" className="block">
        Note for {props.founderName} about the new time <span className="text-muted">(optional; it goes in their email)</span>
      </label>
      <textarea id="move-message" name="message" rows={3} maxLength={MOVE_MESSAGE_MAX_LENGTH} className={inputClass} />
      <button type="submit" className={buttonClass}>
        Move the call
      </button>
    </form>
  );
}

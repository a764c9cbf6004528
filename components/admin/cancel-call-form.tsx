import { CANCEL_MESSAGE_MAX_LENGTH } from "@/lib/admin/booking-details";
import { errorTextClass, inputClass, quietButtonClass } from "./admin-styles";

/** The consultant cancels a call, with an optional message to the founder and a box that confirms it. */
export function CancelCallForm(props: { bookingId: string; founderName: string; problem?: string; action: (formData: FormData) => Promise<void> }) {
  return (
    <form action={props.action} className="space-y-3">
      <input type="hidden" name="bookingId" value={props.bookingId} />
      <label htmlFor="cancel-message" className="block">
        Message to {props.founderName} <span className="text-muted">(optional; it goes in their cancellation email)</span>
      </label>
      <textarea id="cancel-message" name="message" rows={4} maxLength={CANCEL_MESSAGE_MAX_LENGTH} className={inputClass} />
      <label className="flex items-center gap-3">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          required
          className="size-5"
          aria-invalid={props.problem ? true : undefined}
          aria-describedby={props.problem ? "cancel-error" : undefined}
        />
        Yes, the call is off: free the time and email the founder
      </label>
      {props.problem && (
        <p id="cancel-error" className={errorTextClass}>
          {props.problem}
        </p>
      )}
      <button type="submit" className={quietButtonClass}>
        Cancel the call
      </button>
    </form>
  );
}

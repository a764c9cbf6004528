import { ADMIN_NOTE_MAX_LENGTH } from "@/lib/admin/booking-details";
import { buttonClass, errorTextClass, inputClass } from "./admin-styles";

/** The consultant's private note on a booking, with why the last save failed next to the field. */
export function AdminNoteForm(props: { bookingId: string; note: string; problem?: string; action: (formData: FormData) => Promise<void> }) {
  return (
    <form action={props.action} className="space-y-3">
      <input type="hidden" name="bookingId" value={props.bookingId} />
      <label htmlFor="admin-note" className="block text-muted">
        Only you see this.
      </label>
      <textarea
        id="admin-note"
        name="note"
        rows={5}
        maxLength={ADMIN_NOTE_MAX_LENGTH}
        defaultValue={props.note}
        className={inputClass}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={props.problem ? "admin-note-error" : undefined}
      />
      {props.problem && (
        <p id="admin-note-error" className={errorTextClass}>
          {props.problem}
        </p>
      )}
      <button type="submit" className={buttonClass}>
        Save note
      </button>
    </form>
  );
}

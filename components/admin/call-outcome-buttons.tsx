import { quietButtonClass } from "./admin-styles";

const OUTCOMES = [
  { value: "held", label: "Mark as held" },
  { value: "no_show", label: "Mark as no-show" },
] as const;

/** How the call went: one small form a button, so each works without JavaScript. */
export function CallOutcomeButtons({ bookingId, action }: { bookingId: string; action: (formData: FormData) => Promise<void> }) {
  return (
    <div className="flex flex-wrap gap-3">
      {OUTCOMES.map((outcome) => (
        <form key={outcome.value} action={action}>
          <input type="hidden" name="bookingId" value={bookingId} />
          <button type="submit" name="outcome" value={outcome.value} className={quietButtonClass}>
            {outcome.label}
          </button>
        </form>
      ))}
    </div>
  );
}

import { quietButtonClass } from "./admin-styles";

const OUTCOMES = [
  { value: "held", label: "Mark as held" },
  { value: "no_show", label: "Mark as no-show" },
] as const;

/** How the call went: one small form a button, so each works without JavaScript; the mark given is shown pressed. */
export function CallOutcomeButtons({ bookingId, action, current }: { bookingId: string; action: (formData: FormData) => Promise<void>; current: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      {OUTCOMES.map((outcome) => (
        <form key={outcome.value} action={action}>
          <input type="hidden" name="bookingId" value={bookingId} />
          <button
            type="submit"
            name="outcome"
            value={outcome.value}
            aria-pressed={current === outcome.value}
            className={`${quietButtonClass} aria-pressed:bg-accent aria-pressed:text-accent-ink`}
          >
            {outcome.label}
          </button>
        </form>
      ))}
    </div>
  );
}

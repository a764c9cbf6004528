import { getHomeContent } from "@/lib/content";

/**
 * The three readiness signals as a self-check inside a note. A plain form answered by /readiness, so notes keep
 * shipping no JavaScript of their own; the home page has the instant version.
 */
export function ReadinessSignals() {
  const { legend, signals, submit } = getHomeContent().readiness;
  return (
    <form action="/readiness" method="get" className="not-prose my-10 rounded-2xl border border-rule bg-raised px-5 py-6 sm:px-7">
      <fieldset>
        <legend className="mb-4 font-sans text-base font-medium">{legend}</legend>
        <ul className="grid gap-3">
          {signals.map((signal) => (
            <li key={signal.id}>
              <label className="flex cursor-pointer gap-4 rounded-xl border border-rule bg-paper px-4 py-3 text-lg leading-snug has-[:checked]:border-accent">
                <input type="checkbox" name="signals" value={signal.id} className="mt-1 size-5 shrink-0" />
                <span>{signal.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button
        type="submit"
        className="mt-5 min-h-11 rounded-full border border-accent px-5 py-2.5 font-sans text-[0.95rem] font-medium text-accent hover:bg-accent hover:text-accent-ink"
      >
        {submit}
      </button>
    </form>
  );
}

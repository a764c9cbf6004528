"use client";

/**
 * Which clock the times are shown on. Without JavaScript it is a GET form that reloads the page in the chosen
 * zone; with it, choosing a zone redraws the times at once.
 */
export function TimeZoneForm({
  timeZone,
  timeZones,
  interactive,
  onChange,
  keep,
  action = "/book",
}: {
  timeZone: string;
  timeZones: readonly string[];
  interactive: boolean;
  onChange: (timeZone: string) => void;
  /** Query parameters to carry over when the page reloads in another zone. */
  keep: Record<string, string>;
  /** The page that reloads in the chosen zone: /book, or the founder's own page. */
  action?: string;
}) {
  const zones = timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones];
  return (
    <form
      method="get"
      action={action}
      aria-label="Time zone"
      className="flex flex-wrap items-end gap-3 font-sans"
      onSubmit={(event) => {
        if (interactive) event.preventDefault();
      }}
    >
      <div className="min-w-0 flex-1">
        <label htmlFor="booking-tz" className="block text-[0.95rem] font-medium">
          Show times in
        </label>
        <select
          id="booking-tz"
          name="tz"
          value={timeZone}
          onChange={(event) => onChange(event.target.value)}
          className="mt-2 block w-full rounded-lg border border-rule bg-paper px-3 py-2.5 text-base text-ink"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </div>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {!interactive && (
        <button type="submit" className="rounded-full border border-current px-5 py-2.5 text-[0.95rem] font-medium">
          Show times
        </button>
      )}
    </form>
  );
}

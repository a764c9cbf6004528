"use client";

/**
 * A search box over the zone select (JavaScript only): it narrows the select's options by city, country or offset;
 * the select stays the control the form reads. Enter picks the first match.
 */
export function TimeZoneSearch({
  query,
  onQuery,
  matches,
  onPickFirst,
  controls,
}: {
  query: string;
  onQuery: (query: string) => void;
  /** How many zones match the query (the chosen one included). */
  matches: number;
  onPickFirst: () => void;
  /** The select's id. */
  controls: string;
}) {
  const id = `${controls}-search`;
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block text-sm text-muted">
        Find a city, country or offset
      </label>
      <input
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        placeholder="Kolkata, India, +5:30…"
        aria-controls={controls}
        aria-describedby={`${id}-count`}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            onPickFirst();
          }
        }}
        className="mt-1 block w-full rounded-lg border border-rule bg-paper px-3 py-2 text-base text-ink"
      />
      <p id={`${id}-count`} aria-live="polite" className="sr-only">
        {query.trim() ? `${matches} ${matches === 1 ? "time zone matches" : "time zones match"}` : ""}
      </p>
    </div>
  );
}

"use client";

import { useMemo, useState } from "react";
import { filterZoneGroups, zoneGroups } from "@/lib/time/zone-labels";
import { TimeZoneSearch } from "./time-zone-search";
import { useZoneClocks } from "./use-zone-clocks";

/**
 * Which clock the times are shown on: places grouped by region, each with its offset and the time there now. Without
 * JavaScript it is a GET form that reloads the page in the chosen zone; with it, a search box narrows the list and
 * choosing a zone redraws the times at once.
 */
export function TimeZoneForm({
  timeZone,
  timeZones,
  now,
  interactive,
  onChange,
  keep,
  action = "/book",
}: {
  timeZone: string;
  timeZones: readonly string[];
  /** The instant the offsets and clocks are given for. */
  now: Date;
  interactive: boolean;
  onChange: (timeZone: string) => void;
  /** Query parameters to carry over when the page reloads in another zone. */
  keep: Record<string, string>;
  /** The page that reloads in the chosen zone: /book, or the founder's own page. */
  action?: string;
}) {
  const [query, setQuery] = useState("");
  const nowMs = now.getTime();
  const clocks = useZoneClocks(timeZones);
  const groups = useMemo(
    () => zoneGroups(timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones], new Date(nowMs), { clocks: clocks.ready }),
    [timeZones, timeZone, nowMs, clocks.ready],
  );
  const shown = interactive ? filterZoneGroups(groups, query, timeZone) : groups;
  const matches = shown.reduce((count, group) => count + group.options.length, 0);
  return (
    <form
      method="get"
      action={action}
      aria-label="Time zone"
      className="flex flex-wrap items-end gap-3 font-sans"
      onFocus={clocks.now}
      onPointerDown={clocks.now}
      onSubmit={(event) => {
        if (interactive) event.preventDefault();
      }}
    >
      <div className="min-w-0 flex-1">
        <label htmlFor="booking-tz" className="block text-[0.95rem] font-medium">
          Show times in
        </label>
        {/* Drawn from the start, so nothing moves when the page comes alive; without JavaScript it is hidden. */}
        <div className="noscript:hidden">
          <TimeZoneSearch
            query={query}
            onQuery={setQuery}
            matches={matches}
            controls="booking-tz"
            onPickFirst={() => {
              const [first] = filterZoneGroups(groups, query).flatMap((group) => group.options);
              if (first && first.value !== timeZone) onChange(first.value);
            }}
          />
        </div>
        <select
          id="booking-tz"
          name="tz"
          value={timeZone}
          onChange={(event) => onChange(event.target.value)}
          className="mt-2 block w-full rounded-lg border border-rule bg-paper px-3 py-2.5 text-base text-ink"
        >
          {shown.map((group) => (
            <optgroup key={group.region} label={group.region}>
              {group.options.map((option) => (
                // The browser starts with the places alone (useZoneClocks) and its zone data can differ from the
                // server's by a rule change (Casablanca's offset, say): the server's label stays until the browser's
                // own replaces it, instead of failing the hydration.
                <option key={option.value} value={option.value} suppressHydrationWarning>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Only without JavaScript, where choosing a zone reloads the page; with it, the times change at once. */}
      <button type="submit" className="hidden rounded-full border border-current px-5 py-2.5 text-[0.95rem] font-medium noscript:inline-block">
        Show times
      </button>
    </form>
  );
}

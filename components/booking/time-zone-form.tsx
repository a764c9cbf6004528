"use client";

import { Fragment, useDeferredValue, useMemo, useState } from "react";
import { filterZoneGroups, zoneGroups, zoneLabel, type ZoneGroup } from "@/lib/time/zone-labels";
import { TimeZoneSearch } from "./time-zone-search";
import { useZoneClocks } from "./use-zone-clocks";

/**
 * Which clock the times are shown on: places grouped by region, each with its offset and the time there now. Without
 * JavaScript it is a GET form that reloads the page in the chosen zone; with it, a search box narrows the list and
 * choosing a zone redraws the times at once.
 *
 * The full list is a few hundred options. A page that hydrated them all would hold a phone up for a long moment as it
 * starts, so the select a script drives starts with the chosen zone alone (which is all a closed select shows) and
 * gets the rest once the clocks are ready after the page has loaded, or at once when the visitor reaches for it. The
 * server's full list is for visitors without JavaScript, in <noscript>, which React never hydrates.
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
  const [reached, setReached] = useState(false);
  // Drawn in the background once the clocks are ready, so listing every zone never holds up a tap or a key.
  const listed = useDeferredValue(interactive && clocks.ready);
  const full = reached || listed;
  const zones = useMemo(() => (timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones]), [timeZones, timeZone]);
  const groups = useMemo(() => (full ? zoneGroups(zones, new Date(nowMs), { clocks: clocks.ready }) : []), [full, zones, nowMs, clocks.ready]);
  const shown = full ? filterZoneGroups(groups, query, timeZone) : [{ region: "", options: [{ value: timeZone, label: zoneLabel(timeZone, new Date(nowMs)) }] }];
  const matches = shown.reduce((count, group) => count + group.options.length, 0);
  const reach = () => {
    clocks.now();
    setReached(true);
  };
  return (
    <form
      method="get"
      action={action}
      aria-label="Time zone"
      className="flex flex-wrap items-end gap-3 font-sans"
      onFocus={reach}
      onPointerDown={reach}
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
        {/* The field's id and name belong to the select a visitor can use: this one once JavaScript runs, the full
            list below without it. */}
        <select
          id={interactive ? "booking-tz" : undefined}
          name={interactive ? "tz" : undefined}
          value={timeZone}
          onChange={(event) => onChange(event.target.value)}
          className={`${selectClass} noscript:hidden`}
        >
          <ZoneOptions groups={shown} />
        </select>
        <noscript>
          {typeof window === "undefined" && (
            <select id="booking-tz" name="tz" defaultValue={timeZone} className={selectClass}>
              <ZoneOptions groups={zoneGroups(zones, now)} />
            </select>
          )}
        </noscript>
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

const selectClass = "mt-2 block w-full rounded-lg border border-rule bg-paper px-3 py-2.5 text-base text-ink";

/** The zones as options, under their regions (a group without a region, the chosen zone alone, has no heading). */
function ZoneOptions({ groups }: { groups: readonly ZoneGroup[] }) {
  const options = (group: ZoneGroup) =>
    group.options.map((option) => (
      // The browser's zone data can differ from the server's by a rule change (Casablanca's offset, say), and its
      // clock by a minute: the server's label stays until the browser's own replaces it, instead of failing hydration.
      <option key={option.value} value={option.value} suppressHydrationWarning>
        {option.label}
      </option>
    ));
  return groups.map((group) =>
    group.region ? (
      <optgroup key={group.region} label={group.region}>
        {options(group)}
      </optgroup>
    ) : (
      <Fragment key="">{options(group)}</Fragment>
    ),
  );
}

// Zones as people know them: a place, its country, its offset from UTC and the time there now.
import { zoneCountries } from "./zone-countries";
import { currentTimeZoneName } from "./zone-names";
import { offsetOfWallTime, wallTimeAt } from "./zoned-time";

let countryOfZone: Map<string, string> | undefined;
const countryNames = new Intl.DisplayNames("en", { type: "region" });

/** The country a zone is in ("Asia/Kolkata" → "India"), or undefined when not known (UTC, Etc/…). */
export function zoneCountry(zone: string): string | undefined {
  if (!countryOfZone) {
    countryOfZone = new Map();
    for (const [code, zones] of Object.entries(zoneCountries)) for (const name of zones.split(" ")) countryOfZone.set(name, code);
  }
  const code = countryOfZone.get(currentTimeZoneName(zone));
  return code ? countryNames.of(code) : undefined;
}

/** The part of the world a zone's name starts with ("America/New_York" → "America"); "Other" for UTC and Etc/…. */
export function zoneRegion(zone: string): string {
  const [first, ...rest] = zone.split("/");
  return rest.length && first !== "Etc" ? first! : "Other";
}

/**
 * The place a zone is named after, with its state and country when known: "Kolkata, India", "Knox, Indiana, United
 * States", "Buenos Aires, Argentina"; "Coordinated Universal Time" for UTC; the city alone when no country is known.
 */
export function zonePlace(zone: string): string {
  let place = places.get(zone);
  if (place === undefined) {
    place = placeOf(zone);
    if (places.size >= MAX_PLACES_KEPT) places.clear();
    places.set(zone, place);
  }
  return place;
}

// A zone's place never changes: worked out once per name (a few hundred names; the cap is a second guard).
const places = new Map<string, string>();
const MAX_PLACES_KEPT = 2_000;

function placeOf(zone: string): string {
  if (zone === "UTC" || zone === "Etc/UTC") return "Coordinated Universal Time";
  const name = currentTimeZoneName(zone);
  const parts = name.split("/").map((part) => part.replaceAll("_", " "));
  const city = parts[parts.length - 1]!;
  const middle = parts.length > 2 ? parts.slice(1, -1) : [];
  const country = zoneCountry(name);
  const place = [city, ...middle];
  if (country && !place.includes(country)) place.push(country);
  return place.join(", ");
}

/** An offset as people write it: "UTC+5:30", "UTC−4" (a true minus sign), "UTC+0". */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? "\u2212" : "+";
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

/** The clock in a zone at an instant, on 24 hours: "21:04". */
export function clockAt(now: Date, zone: string): string {
  const { minutes } = wallTimeAt(now, zone);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The one name a zone goes by on the booking pages, with the offset and the clock there at `now`:
 * "Kolkata, India — UTC+5:30, now 21:04".
 */
export function zoneLabel(zone: string, now: Date): string {
  return `${zonePlace(zone)}${zoneClock(zone, now)}`;
}

/** " — UTC+5:30, now 21:04": the part of a zone's label that changes with the time, from one reading of its clock. */
function zoneClock(zone: string, now: Date): string {
  const wall = wallTimeAt(now, zone);
  const { minutes } = wall;
  const offset = offsetOfWallTime(now, wall);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return ` — ${formatUtcOffset(offset)}, now ${clock}`;
}

// A zone the server knows and this browser does not (an older runtime) keeps its place in the list, without a clock.
function clockOrNothing(zone: string, now: Date): string {
  try {
    return zoneClock(zone, now);
  } catch {
    return "";
  }
}

export interface ZoneOption {
  /** The IANA name: what the form sends. */
  value: string;
  label: string;
}

export interface ZoneGroup {
  region: string;
  options: ZoneOption[];
}

const folded = new Map<string, string>();

function foldedOnce(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = foldForSearch(text);
    if (folded.size >= 2 * MAX_PLACES_KEPT) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/** Text folded for matching: lower case, no accents, "_" as a space, any minus as "-". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replaceAll("_", " ")
    .replaceAll("\u2212", "-");
}

// One collator for every comparison: String#localeCompare with a locale sets one up on each call, and sorting the
// zones makes thousands of them. Same order, a fraction of the time.
const english = new Intl.Collator("en");

// The last list worked out: labels change only with the minute (offsets and clocks are given to the minute), so every
// request in a minute, and every render of one page, shares it.
let recentGroups: { key: string; zones: readonly string[]; groups: ZoneGroup[] }[] = [];
const RECENT_LISTS = 4;

/**
 * Zones grouped by region (regions and places in alphabetical order), one option each, labelled for `now`. The same
 * zones in the same minute give the same groups (kept from the last call: treat them as read-only).
 * Without `clocks` the labels are the places alone, in the same order: working out every zone's offset and clock
 * makes a formatter per zone, which a browser is slow to do for every zone at once.
 */
export function zoneGroups(zones: readonly string[], now: Date, { clocks = true }: { clocks?: boolean } = {}): ZoneGroup[] {
  const key = `${clocks ? Math.floor(now.getTime() / 60_000) : "places"}|${zones.length}`;
  const known = recentGroups.find((entry) => entry.key === key && sameZones(entry.zones, zones));
  if (known) return known.groups;
  const groups = groupZones(zones, clocks ? now : undefined);
  recentGroups = [{ key, zones: [...zones], groups }, ...recentGroups.filter((entry) => entry.key === key)].slice(0, RECENT_LISTS);
  return groups;
}

function sameZones(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((zone, i) => zone === b[i]));
}

function groupZones(zones: readonly string[], now: Date | undefined): ZoneGroup[] {
  const groups = new Map<string, (ZoneOption & { place: string })[]>();
  const seen = new Set<string>();
  for (const raw of zones) {
    const zone = currentTimeZoneName(raw);
    if (seen.has(zone)) continue;
    seen.add(zone);
    const region = zoneRegion(zone);
    const place = zonePlace(zone);
    const clock = now ? clockOrNothing(zone, now) : "";
    let options = groups.get(region);
    if (!options) groups.set(region, (options = []));
    // Folding works character by character, so the parts are folded apart: the place and the name once per process.
    options.push({ value: zone, place, label: `${place}${clock}` });
  }
  // By place, not by the whole label, so the order is the same with clocks or without.
  const byPlace = (a: { place: string; value: string }, b: { place: string; value: string }) =>
    english.compare(a.place, b.place) || english.compare(a.value, b.value);
  return [...groups]
    .sort(([a], [b]) => (a === "Other" ? 1 : b === "Other" ? -1 : english.compare(a, b)))
    .map(([region, options]) => ({ region, options: options.sort(byPlace).map(({ value, label }) => ({ value, label })) }));
}

/**
 * The groups with only the options whose text holds every word of the query ("kolkata", "india", "+5:30", "new york");
 * the option in `keep` (the zone chosen now) always stays, so the select never loses its value. Empty groups go.
 */
export function filterZoneGroups(groups: readonly ZoneGroup[], query: string, keep?: string): ZoneGroup[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...groups];
  return groups
    .map((group) => ({
      region: group.region,
      options: group.options.filter((option) => {
        if (option.value === keep) return true;
        const text = searchText(option, group.region);
        return words.every((word) => text.includes(word));
      }),
    }))
    .filter((group) => group.options.length > 0);
}

// The text a search is matched against, folded: the label, the IANA name and the region. Worked out when a visitor
// first searches, rather than for every zone whenever the list is drawn, and kept.
function searchText(option: ZoneOption, region: string): string {
  return `${foldedOnce(option.label)}${foldedOnce(` ${option.value} ${region}`)}`;
}

/** The zone's short name at an instant, as a subject line carries it: "EST", "PDT", "GMT+5:30", "GMT+1". */
export function zoneAbbreviation(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" }).formatToParts(instant);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
}

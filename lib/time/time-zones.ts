import { canonicalTimeZone, currentTimeZoneName } from "./zone-names";

// The runtime's zones never change while it runs: listed and sorted once.
let known: readonly string[] | undefined;

/** Every zone the runtime knows, under current names, sorted; the given zones are always included. */
export function listTimeZones(...mustInclude: string[]): string[] {
  known ??= [...new Set(Intl.supportedValuesOf("timeZone").map(currentTimeZoneName))].sort();
  const zones = new Set(known);
  let added = false;
  for (const zone of mustInclude) {
    const name = canonicalTimeZone(zone);
    if (name && !zones.has(name)) {
      zones.add(name);
      added = true;
    }
  }
  return added ? [...zones].sort() : [...known];
}

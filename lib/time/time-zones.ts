import { canonicalTimeZone, currentTimeZoneName } from "./zone-names";

/** Every zone the runtime knows, under current names, sorted; the given zones are always included. */
export function listTimeZones(...mustInclude: string[]): string[] {
  const zones = new Set(
    Intl.supportedValuesOf("timeZone").map(currentTimeZoneName),
  );
  for (const zone of mustInclude) {
    const name = canonicalTimeZone(zone);
    if (name) zones.add(name);
  }
  return [...zones].sort();
}

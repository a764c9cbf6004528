import { isValidTimeZone } from "./zoned-time";

// Some runtimes list a zone under an older name; visitors know the current one.
const currentNames: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Europe/Kiev": "Europe/Kyiv",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
};

/** A zone under its current name when the runtime still uses an older one (Asia/Calcutta → Asia/Kolkata). */
export function currentTimeZoneName(zone: string): string {
  const current = currentNames[zone];
  return current && isValidTimeZone(current) ? current : zone;
}

/** Every zone the runtime knows, under current names, sorted; the given zones are always included. */
export function listTimeZones(...mustInclude: string[]): string[] {
  const zones = new Set(
    Intl.supportedValuesOf("timeZone").map(currentTimeZoneName),
  );
  for (const zone of mustInclude) if (zone && isValidTimeZone(zone)) zones.add(zone);
  return [...zones].sort();
}

// Zone names as visitors and browsers write them, turned into one spelling the site caches, stores and shows.

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
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Mendoza": "America/Argentina/Mendoza",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
};

/** A zone under its current name when the runtime still uses an older one (Asia/Calcutta → Asia/Kolkata). */
export function currentTimeZoneName(zone: string): string {
  return Object.hasOwn(currentNames, zone) ? currentNames[zone]! : zone;
}

// Names seen, lower-cased, to their one spelling. Only names the runtime accepts are kept, and there are a few
// hundred of those in any letter case, so a visitor cannot grow this; the cap is a second guard.
const canonicalNames = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 2_000;

/**
 * The one spelling of a zone the runtime knows ("asia/kolkata", "Asia/Calcutta" → "Asia/Kolkata"; "US/Eastern" →
 * "America/New_York"), or undefined for anything else: typos, offsets written by hand, names over 64 characters.
 */
export function canonicalTimeZone(timeZone: unknown): string | undefined {
  if (typeof timeZone !== "string" || !timeZone || timeZone.length > 64) return undefined;
  const key = timeZone.toLowerCase();
  const known = canonicalNames.get(key);
  if (known) return known;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  const name = currentTimeZoneName(resolved);
  if (canonicalNames.size < MAX_REMEMBERED_NAMES) canonicalNames.set(key, name);
  return name;
}

/** True for a zone the runtime knows, like Europe/Berlin in any letter case; false for typos and hand-written offsets. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  return canonicalTimeZone(timeZone) !== undefined;
}

/** Every zone the runtime knows, for the visitor to choose from; the given zones first when the list lacks them. */
export function listTimeZones(...mustInclude: string[]): string[] {
  const known = Intl.supportedValuesOf("timeZone");
  const missing = mustInclude.filter((zone, index) => zone && !known.includes(zone) && mustInclude.indexOf(zone) === index);
  return [...missing, ...known];
}

import fs from "node:fs";
import path from "node:path";

// The drills' content folder: the site's own content, with booking.yaml opened up so a drill has room to work.
// Every change is listed here and in docs/reliability.md:
// - the limit on upcoming calls per address raised (drill clients stand in for many founders; each books with its own email);
// - no buffer between calls and 60 days ahead, so there are several hundred free times to race for;
// - no dates off, so the count of free times does not depend on the date the drill runs;
// - optionally calendars whose addresses come from DRILL_CALENDAR_*_URL (the calendar-source drill).

export interface DrillCalendar {
  id: string;
  urlEnv: string;
}

export function writeDrillContent(dir: string, calendars: DrillCalendar[] = []): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync("content", dir, { recursive: true });
  const file = path.join(dir, "booking.yaml");
  const replace = (text: string, pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`content/booking.yaml no longer matches ${pattern}: update scripts/drill/drill-content.ts`);
    return text.replace(pattern, by);
  };
  let booking = fs.readFileSync(file, "utf8");
  booking = replace(booking, /upcomingCallsPerAddress: \d+/, "upcomingCallsPerAddress: 1000");
  booking = replace(booking, /^bufferMinutes: \d+/m, "bufferMinutes: 0");
  booking = replace(booking, /^daysAhead: \d+/m, "daysAhead: 60");
  booking = replace(booking, /^datesOff: \[.*\]$/m, "datesOff: []");
  if (calendars.length) {
    const sources = calendars.flatMap((c) => [`    - id: ${c.id}`, `      name: Drill ${c.id}`, "      kind: ics", `      urlEnv: ${c.urlEnv}`]);
    booking = replace(booking, /^  sources: \[\]$/m, ["  sources:", ...sources].join("\n"));
  }
  fs.writeFileSync(file, booking);
  return dir;
}

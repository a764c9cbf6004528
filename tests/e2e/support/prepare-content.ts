// Before the end-to-end build: the site's content, plus one note published the way the consultant would publish it
// (npm run note:new, then fill it in and set draft: false), so the tests can follow it onto the site.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { publishedByCommandTitle } from "./published-by-command";

const e2eContentDir = path.resolve("tests/e2e-content");

function prepare() {
  fs.rmSync(e2eContentDir, { recursive: true, force: true });
  fs.cpSync("content", e2eContentDir, { recursive: true });
  // Every test's browser books from this machine's one address: the cap per connection would stop the fourth.
  const bookingFile = path.join(e2eContentDir, "booking.yaml");
  // The consultant's calendar: a subscription served by tests/e2e/support/calendar-feed-server.ts.
  const calendar = ["  sources:", "    - id: work", "      name: Work calendar", "      kind: ics", "      urlEnv: CALENDAR_WORK_URL"].join("\n");
  const booking = fs
    .readFileSync(bookingFile, "utf8")
    .replace(/upcomingCallsPerAddress: \d+/, "upcomingCallsPerAddress: 1000")
    .replace(/^  sources: \[\]$/m, calendar);
  if (!booking.includes("CALENDAR_WORK_URL")) throw new Error("booking.yaml has no `  sources: []` under calendars: to replace");
  fs.writeFileSync(bookingFile, booking);
  const output = execFileSync("npx", ["tsx", "scripts/note-new.ts", publishedByCommandTitle], {
    env: { ...process.env, CONTENT_DIR: e2eContentDir },
    encoding: "utf8",
  });
  const file = path.join(e2eContentDir, "notes", output.match(/Created .*?notes\/(\S+\.mdx)/)![1]!);
  const filledIn = fs
    .readFileSync(file, "utf8")
    .replace(/^summary: .*$/m, "summary: A note that went from npm run note:new to the site without touching code.")
    .replace("draft: true", "draft: false")
    .replace("Start with the point of the note in a paragraph.", "Publishing is adding one file. This one proves it.");
  fs.writeFileSync(file, filledIn);
  console.log(`Prepared ${path.relative(process.cwd(), e2eContentDir)} with ${path.basename(file)}`);
}

prepare();

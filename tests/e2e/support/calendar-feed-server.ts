// The end-to-end tests' calendar: a real HTTP server that serves the consultant's calendar subscription
// (/work.ics), made of the events each test writes to E2E_CALENDAR_DIR as a file of its own, so tests running side
// by side add and remove their meetings without touching each other's.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const port = Number(process.env.E2E_CALENDAR_PORT);
if (!process.env.E2E_CALENDAR_DIR || !port) throw new Error("Set E2E_CALENDAR_DIR and E2E_CALENDAR_PORT");
const dir = process.env.E2E_CALENDAR_DIR;
fs.mkdirSync(dir, { recursive: true });

function calendar(): string {
  const events = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ics"))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), "utf8").trim());
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
}

http
  .createServer((request, response) => {
    if (request.url !== "/work.ics") return void response.writeHead(404).end("Not found");
    response.writeHead(200, { "content-type": "text/calendar; charset=utf-8" }).end(calendar());
  })
  .listen(port, "127.0.0.1", () => console.log(`Calendar feed on 127.0.0.1:${port}, reading ${dir}`));

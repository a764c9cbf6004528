// Starts the outbox sender, the calendars' background reads and the newsletter's passes once per server process, in the Node.js runtime only,
// and never while building.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startSiteOutboxSender } = await import("./lib/runtime/outbox-sender");
  startSiteOutboxSender();
  const { startSiteCalendarRefresher } = await import("./lib/runtime/calendars");
  startSiteCalendarRefresher();
  const { startSiteNewsletter } = await import("./lib/runtime/newsletter");
  startSiteNewsletter();
}

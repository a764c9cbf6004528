/** What a web calendar's "new event" page is filled in with. */
export interface CalendarLinkEvent {
  title: string;
  start: Date;
  end: Date;
  details: string;
  location: string;
}

export interface CalendarLinks {
  google: string;
  outlook: string;
}

/**
 * Links that open Google Calendar's and Outlook on the web's new-event page with the call filled in: the same title,
 * times, description and place as the .ics file. Times are UTC, so each calendar shows them in its owner's zone.
 * Whatever is passed in ends up in a third party's address: pass nothing secret (the manage link least of all).
 */
export function calendarLinks(event: CalendarLinkEvent): CalendarLinks {
  const google = query([
    ["action", "TEMPLATE"],
    ["text", event.title],
    // The one value whose "/" Google reads as the separator of the two times: written as it is.
    ["dates", `${compactUtc(event.start)}/${compactUtc(event.end)}`, "raw"],
    ["details", event.details],
    ["location", event.location],
  ]);
  const outlook = query([
    ["subject", event.title],
    ["startdt", isoUtc(event.start)],
    ["enddt", isoUtc(event.end)],
    ["body", event.details],
    ["location", event.location],
    ["path", "/calendar/action/compose", "raw"],
    ["rru", "addevent"],
  ]);
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.office.com/calendar/0/deeplink/compose?${outlook}`,
  };
}

/** 2026-12-01T14:00:00Z, without milliseconds. */
export const isoUtc = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** 20261201T140000Z, as Google's `dates` takes it. */
export const compactUtc = (date: Date) => isoUtc(date).replace(/[-:]/g, "");

/**
 * Each value percent-encoded (a space as %20, which every calendar reads as a space, where "+" is read literally by
 * some). A lone surrogate, which encodeURIComponent refuses, becomes U+FFFD.
 */
function query(pairs: readonly (readonly [string, string, "raw"?])[]): string {
  return pairs.map(([name, value, raw]) => `${name}=${raw ? value : encodeURIComponent(wellFormed(value))}`).join("&");
}

const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

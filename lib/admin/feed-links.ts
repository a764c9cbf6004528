/** Links that add the feed to a calendar app in one click, for its https address. */
export interface FeedSubscribeLinks {
  /** The same address as webcal://, which Apple Calendar (and most desktop apps) open as a subscription. */
  apple: string;
  /** Google Calendar's "add by URL" page with the address filled in. */
  google: string;
}

export function feedSubscribeLinks(feedUrl: string): FeedSubscribeLinks {
  const webcal = feedUrl.replace(/^https?:\/\//i, "webcal://");
  return { apple: webcal, google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` };
}

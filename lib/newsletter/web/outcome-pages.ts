import type { ConfirmOutcome, LeaveOutcome } from "../subscriptions";

/** What a confirm or leave link's page says, and where it points next. */
export interface OutcomePage {
  title: string;
  body: string;
  next: { label: string; href: string };
}

export function confirmPage(outcome: ConfirmOutcome, seriesName: string): OutcomePage {
  const notes = { label: `Read ${seriesName.toLowerCase()}`, href: "/notes" };
  const again = { label: "Subscribe again", href: "/subscribe" };
  switch (outcome) {
    case "confirmed":
      return { title: "You are subscribed", body: `Each new note arrives by email once, when it is published. Every email has a link to stop them with one click.`, next: notes };
    case "already-confirmed":
      return { title: "Already confirmed", body: "This address was confirmed before: new notes keep arriving, once each. Nothing has changed.", next: notes };
    case "left":
      return { title: "This address has unsubscribed", body: "Since confirming, this address unsubscribed, so nothing is sent to it. To get new notes again, subscribe once more.", next: again };
    case "expired":
      return { title: "This link has expired", body: "Confirmation links work for 7 days, and the address is not subscribed. Subscribe again for a new link.", next: again };
    case "unknown":
      return { title: "This link does not work", body: "It may have been copied only in part, or be older than 7 days. Nothing was changed. Subscribe again for a new link.", next: again };
  }
}

export function leavePage(outcome: LeaveOutcome): OutcomePage {
  const again = { label: "Changed your mind? Subscribe again", href: "/subscribe" };
  switch (outcome) {
    case "left":
      return { title: "You are unsubscribed", body: "Nothing more will be sent to this address, including anything already on its way.", next: again };
    case "already-left":
      return { title: "Already unsubscribed", body: "This address unsubscribed before: nothing is sent to it. Nothing has changed.", next: again };
    case "unknown":
      return { title: "This link does not work", body: "It may have been copied only in part, or the address was already removed; nothing is sent to an address that is not subscribed. Nothing was changed.", next: again };
  }
}

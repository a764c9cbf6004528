import { composeEmail, type ComposedEmail } from "../email/compose-email";
import { CONFIRM_DAYS, type NewsletterSettings } from "./settings";

const frame = (settings: NewsletterSettings) => ({ masthead: { title: settings.site.name, subtitle: settings.seriesName } });

/** The one email an address gets before it is confirmed: the link, and what happens if it is ignored. */
export function confirmationEmail(settings: NewsletterSettings, links: { confirm: string; leave: string }): ComposedEmail {
  return composeEmail(
    `Confirm your subscription to ${settings.seriesName}`,
    [
      { kind: "heading", text: "One click to confirm" },
      {
        kind: "paragraph",
        text: `Someone, probably you, asked for new ${settings.seriesName.toLowerCase()} from ${settings.site.name} to be sent to this address. Confirm it, and each new note arrives here once, when it is published.`,
      },
      { kind: "button", label: "Confirm my subscription", href: links.confirm },
      {
        kind: "paragraph",
        text: `The link works for ${CONFIRM_DAYS} days. If you did not ask, ignore this email: nothing more will be sent, and the address is deleted after ${CONFIRM_DAYS} days.`,
      },
      { kind: "small", text: "Not you, or changed your mind?", link: { label: "Do not subscribe me", href: links.leave } },
    ],
    frame(settings),
  );
}

/** Sent instead of a confirmation when the address is already subscribed: the page never says so, the email does. */
export function alreadySubscribedEmail(settings: NewsletterSettings, links: { leave: string }): ComposedEmail {
  return composeEmail(
    `You already get ${settings.seriesName}`,
    [
      { kind: "heading", text: "You are already subscribed" },
      {
        kind: "paragraph",
        text: `Someone asked to subscribe this address to ${settings.seriesName.toLowerCase()} from ${settings.site.name}, and it already is: new notes keep arriving here, once each. Nothing has changed.`,
      },
      { kind: "button", label: "Read the latest notes", href: `${settings.site.url.replace(/\/+$/, "")}/notes`, tone: "quiet" },
      { kind: "small", text: "To stop getting them:", link: { label: "Unsubscribe", href: links.leave } },
    ],
    frame(settings),
  );
}

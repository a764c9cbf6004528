const base = (siteUrl: string) => siteUrl.replace(/\/+$/, "");

/** The page a confirmation link opens. */
export const confirmUrl = (siteUrl: string, token: string) => `${base(siteUrl)}/subscribe/confirm/${token}`;
/** The page a leave link opens: it unsubscribes and says so. */
export const leaveUrl = (siteUrl: string, token: string) => `${base(siteUrl)}/subscribe/leave/${token}`;
/** Where a mail client posts "List-Unsubscribe=One-Click" (RFC 8058). */
export const oneClickLeaveUrl = (siteUrl: string, token: string) => `${base(siteUrl)}/api/newsletter/leave/${token}`;

/** What stored copies of the newsletter's emails lose once sent: the keys in their links. */
export const NEWSLETTER_LINK_REDACTION = { pattern: "(?<=/(?:confirm|leave)/)[A-Za-z0-9_-]{43}", replacement: "[link removed]" };

/** The headers that make Gmail and Apple Mail show their own unsubscribe button. */
export function listUnsubscribeHeaders(siteUrl: string, token: string): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickLeaveUrl(siteUrl, token)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

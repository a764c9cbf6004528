import { createLinkKey, hashLinkKey, isLinkKeyShaped } from "../http/link-key";

/** The founder's key to their own booking page: a link key, only its SHA-256 stored. */
export const createManageToken = createLinkKey;
export const hashManageToken = hashLinkKey;
export const isManageTokenShaped = isLinkKeyShaped;

export function managePath(token: string): string {
  return `/book/manage/${token}`;
}

export function manageUrl(siteUrl: string, token: string): string {
  return `${siteUrl.replace(/\/+$/, "")}${managePath(token)}`;
}

/** What stored and shown copies of an email lose: the key in the page's address, which they keep. */
export const MANAGE_LINK_REDACTION = { pattern: "/book/manage/[A-Za-z0-9_-]{20,}", replacement: "/book/manage/[link removed]" };

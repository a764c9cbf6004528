import { createHash, randomBytes } from "node:crypto";

/**
 * The founder's key to their own booking page: 32 random bytes, written base64url (43 characters). Only its SHA-256
 * is stored, so the database alone never lets anyone open a booking's page.
 */
export function createManageToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashManageToken(token) };
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a path segment has the shape of a token, so anything else is turned away without a query. */
export function isManageTokenShaped(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

export function managePath(token: string): string {
  return `/book/manage/${token}`;
}

export function manageUrl(siteUrl: string, token: string): string {
  return `${siteUrl.replace(/\/+$/, "")}${managePath(token)}`;
}

/** What stored and shown copies of an email lose: the key in the page's address, which they keep. */
export const MANAGE_LINK_REDACTION = { pattern: "/book/manage/[A-Za-z0-9_-]{20,}", replacement: "/book/manage/[link removed]" };

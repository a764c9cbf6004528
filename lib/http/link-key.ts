import { createHash, randomBytes } from "node:crypto";

/**
 * A key in a link the site emails (a founder's booking page, a reader's confirm or leave link): 32 random bytes,
 * written base64url (43 characters). Only its SHA-256 is stored, so the database alone never opens what it guards.
 */
export function createLinkKey(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkKey(token) };
}

export function hashLinkKey(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a text has the shape of a key, so anything else is turned away without a query. */
export function isLinkKeyShaped(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

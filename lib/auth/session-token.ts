import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a login lasts: a working day, after which the consultant signs in again. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

// "admin-session" is part of what is signed, so a value signed with the same secret for another purpose (the
// calendar token) can never pass as a session.
const PURPOSE = "admin-session";

function signature(secret: string, expiresAt: number): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}.${expiresAt}`).digest();
}

/** The cookie's value: when it expires (ms since the epoch) and an HMAC-SHA256 of that, "expiry.signature". */
export function createSessionToken(secret: string, now: Date, lifetimeMs = SESSION_LIFETIME_MS): string {
  const expiresAt = now.getTime() + lifetimeMs;
  return `${expiresAt}.${signature(secret, expiresAt).toString("base64url")}`;
}

/** The session's expiry when the value is one this secret signed and it has not expired; otherwise undefined. */
export function verifySessionToken(token: string | undefined, secret: string, now: Date): { expiresAt: Date } | undefined {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
  if (!match) return undefined;
  const expiresAt = Number(match[1]);
  const given = Buffer.from(match[2]!, "base64url");
  const expected = signature(secret, expiresAt);
  // Both are 32 bytes (the pattern fixes the length), so timingSafeEqual compares them whole.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  if (expiresAt <= now.getTime()) return undefined;
  return { expiresAt: new Date(expiresAt) };
}

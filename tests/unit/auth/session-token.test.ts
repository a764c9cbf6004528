import { describe, expect, it } from "vitest";
import { createSessionToken, SESSION_LIFETIME_MS, verifySessionToken } from "@/lib/auth/session-token";

const secret = "a-session-secret-of-at-least-32-characters";
const now = new Date("2026-12-01T09:00:00Z");

describe("the admin session cookie", () => {
  it("keeps the consultant signed in until it expires", () => {
    const token = createSessionToken(secret, now);
    expect(verifySessionToken(token, secret, new Date(now.getTime() + SESSION_LIFETIME_MS - 1))?.expiresAt).toEqual(
      new Date(now.getTime() + SESSION_LIFETIME_MS),
    );
    expect(verifySessionToken(token, secret, new Date(now.getTime() + SESSION_LIFETIME_MS))).toBeUndefined();
  });

  it("refuses a value someone changed to live longer, or signed with another secret", () => {
    const token = createSessionToken(secret, now);
    const [expiry, signature] = token.split(".");
    expect(verifySessionToken(`${Number(expiry) + 86_400_000}.${signature}`, secret, now)).toBeUndefined();
    expect(verifySessionToken(createSessionToken("another-secret-that-is-also-32-characters", now), secret, now)).toBeUndefined();
  });

  it("refuses anything that is not a session value at all", () => {
    for (const value of [undefined, "", "admin", "9999999999999.", `9999999999999.${"A".repeat(42)}`, "true"]) {
      expect(verifySessionToken(value, secret, now)).toBeUndefined();
    }
  });
});

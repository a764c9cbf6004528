import { describe, expect, it } from "vitest";
import { hashPassword, isPasswordHash, verifyPassword } from "@/lib/auth/password-hash";

// Cheap parameters keep the tests quick; the format and the checks are the same as with the defaults.
const quick = { N: 2 ** 10, r: 8, p: 1 };

describe("the consultant's password hash", () => {
  it("lets the consultant in with the password they chose, and nobody with another", async () => {
    const hash = await hashPassword("correct horse battery staple", quick);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("carries its salt and scrypt parameters, so the same password never hashes the same twice", async () => {
    const first = await hashPassword("same password", quick);
    const second = await hashPassword("same password", quick);
    expect(first).toMatch(/^scrypt:1024:8:1:[\w-]+:[\w-]+$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword("same password", second)).toBe(true);
  });

  it("is made with strong parameters by default", async () => {
    expect(await hashPassword("default cost")).toMatch(/^scrypt:32768:8:1:/);
  });

  it("refuses every password against a hash that was tampered with or is not a hash at all", async () => {
    const hash = await hashPassword("pw", quick);
    const parts = hash.split(":");
    const otherKey = Buffer.alloc(64, 1).toString("base64url");
    expect(await verifyPassword("pw", [...parts.slice(0, 5), otherKey].join(":"))).toBe(false);
    expect(await verifyPassword("pw", "plain-text-password")).toBe(false);
    expect(isPasswordHash("scrypt:1000:8:1:abcdefghijklmnopqrstuv:" + otherKey)).toBe(false);
    expect(isPasswordHash(hash)).toBe(true);
  });
});

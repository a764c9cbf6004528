import { describe, expect, it } from "vitest";
import { adminConfigFrom } from "@/lib/auth/admin-config";

const hash = `scrypt:1024:8:1:${"a".repeat(22)}:${"b".repeat(86)}`;
const secret = "s".repeat(32);

describe("whether the admin is configured", () => {
  it("is, with a password hash and a long enough session secret", () => {
    expect(adminConfigFrom({ ADMIN_PASSWORD_HASH: hash, SESSION_SECRET: secret })).toEqual({
      configured: true,
      passwordHash: hash,
      sessionSecret: secret,
    });
  });

  it("is not, and says which variable is missing, when either is unset (there is no default password)", () => {
    expect(adminConfigFrom({ SESSION_SECRET: secret })).toEqual({ configured: false, problems: ["ADMIN_PASSWORD_HASH is not set."] });
    expect(adminConfigFrom({ ADMIN_PASSWORD_HASH: hash })).toEqual({ configured: false, problems: ["SESSION_SECRET is not set."] });
    expect(adminConfigFrom({})).toEqual({
      configured: false,
      problems: ["ADMIN_PASSWORD_HASH is not set.", "SESSION_SECRET is not set."],
    });
  });

  it("is not when the secret is too short or the hash is a plain password", () => {
    expect(adminConfigFrom({ ADMIN_PASSWORD_HASH: hash, SESSION_SECRET: "short" })).toEqual({
      configured: false,
      problems: ["SESSION_SECRET is too short: it needs at least 32 characters."],
    });
    expect(adminConfigFrom({ ADMIN_PASSWORD_HASH: "hunter2", SESSION_SECRET: secret })).toEqual({
      configured: false,
      problems: ["ADMIN_PASSWORD_HASH is not a hash printed by npm run admin:hash."],
    });
  });
});

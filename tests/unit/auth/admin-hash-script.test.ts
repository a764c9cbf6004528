import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password-hash";

const runScript = (input: string) =>
  spawnSync("npx", ["tsx", "scripts/admin-hash.ts"], { input, encoding: "utf8", timeout: 60_000 });

describe("npm run admin:hash", () => {
  it("prints the ADMIN_PASSWORD_HASH line for a password piped in", async () => {
    const output = execFileSync("npx", ["tsx", "scripts/admin-hash.ts"], { input: "a long enough password\n", encoding: "utf8" });
    const match = /^ADMIN_PASSWORD_HASH=(\S+)\n$/.exec(output);
    expect(match).not.toBeNull();
    expect(await verifyPassword("a long enough password", match![1]!)).toBe(true);
    expect(await verifyPassword("a long enough password\n", match![1]!)).toBe(false);
  }, 60_000);

  it("refuses a short password and prints no hash", () => {
    const result = runScript("short\n");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("at least 12 characters");
  }, 60_000);
});

import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password-hash";

const runScript = (input: string, args: string[] = []) =>
  spawnSync("npx", ["tsx", "scripts/admin-hash.ts", ...args], { input, encoding: "utf8", timeout: 60_000 });

const RIGHT_FORM = `printf '%s\\n' "$PASSWORD" | npm run admin:hash`;
const PASSWORD = "a long enough password";

/** The hash the script printed, checked against the password it should be of. */
async function expectHashOf(password: string, output: string) {
  const match = /^ADMIN_PASSWORD_HASH=(\S+)\n$/.exec(output);
  expect(match).not.toBeNull();
  expect(await verifyPassword(password, match![1]!)).toBe(true);
  return match![1]!;
}

describe("npm run admin:hash", () => {
  it("prints the ADMIN_PASSWORD_HASH line for a password piped in", async () => {
    const output = execFileSync("npx", ["tsx", "scripts/admin-hash.ts"], { input: `${PASSWORD}\n`, encoding: "utf8" });
    const hash = await expectHashOf(PASSWORD, output);
    expect(await verifyPassword(`${PASSWORD}\n`, hash)).toBe(false);
  }, 60_000);

  it("takes one line without a final line break as the password too", async () => {
    const result = runScript(PASSWORD);
    expect(result.status).toBe(0);
    await expectHashOf(PASSWORD, result.stdout);
  }, 60_000);

  it("takes the same line piped in twice (as if typed twice) as the password, not both lines", async () => {
    const result = runScript(`${PASSWORD}\n${PASSWORD}\n`);
    expect(result.status).toBe(0);
    const hash = await expectHashOf(PASSWORD, result.stdout);
    expect(await verifyPassword(`${PASSWORD}\n${PASSWORD}`, hash)).toBe(false);
  }, 60_000);

  it.each([
    ["two different lines", `${PASSWORD}\nanother long password\n`],
    ["three lines, even equal ones", `${PASSWORD}\n${PASSWORD}\n${PASSWORD}\n`],
    ["a password followed by a blank line", `${PASSWORD}\n\n`],
    ["nothing", ""],
    ["an empty line", "\n"],
  ])("refuses %s piped in, prints no hash, and shows the right way to pipe a password", (_, input) => {
    const result = runScript(input);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(RIGHT_FORM);
  }, 60_000);

  it("refuses a password given as an argument (npm run admin:hash -- secret) rather than ignoring it", () => {
    const result = runScript(`${PASSWORD}\n`, ["a password in the shell history"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(RIGHT_FORM);
  }, 60_000);

  it("refuses a short password and prints no hash", () => {
    const result = runScript("short\n");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("at least 12 characters");
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { afterFailedLogin, lockedUntil, LOCKOUT_MS } from "@/lib/auth/login-lockout";
import { hashPassword } from "@/lib/auth/password-hash";
import { backends, type TestStorage } from "../db/test-storage";

const minutes = (n: number) => n * 60_000;
const start = new Date("2026-12-01T09:00:00Z");
const at = (offset: number) => new Date(start.getTime() + offset);

describe("the lockout rule", () => {
  it("locks an address for 15 minutes at its fifth failure", () => {
    let record = undefined;
    for (let i = 0; i < 4; i++) record = afterFailedLogin(record, at(minutes(i)));
    expect(lockedUntil(record, at(minutes(4)))).toBeUndefined();
    record = afterFailedLogin(record, at(minutes(4)));
    expect(lockedUntil(record, at(minutes(4)))).toEqual(at(minutes(4) + LOCKOUT_MS));
    expect(lockedUntil(record, at(minutes(4) + LOCKOUT_MS))).toBeUndefined();
  });

  it("forgets failures that are more than 15 minutes apart", () => {
    let record = undefined;
    for (let i = 0; i < 4; i++) record = afterFailedLogin(record, at(minutes(i)));
    record = afterFailedLogin(record, at(minutes(20)));
    expect(record).toEqual({ failures: 1, firstFailedAt: at(minutes(20)), lockedUntil: null });
  });
});

describe.each(backends)("logging in to the admin on $name", ({ skip, create }) => {
  let test: TestStorage;
  let hash: string;
  beforeAll(async () => {
    if (skip) return;
    test = await create();
    hash = await hashPassword("the right password", { N: 2 ** 10, r: 8, p: 1 });
  });
  afterAll(async () => {
    await test?.cleanUp();
  });

  it.skipIf(skip)("refuses the sixth try even with the right password, until the 15 minutes are over", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < 4; i++) {
      expect(await attemptLogin(test.storage, hash, { address, password: `guess ${i}`, now: at(minutes(i)) })).toEqual({
        kind: "wrong-password",
        triesLeft: 4 - i,
      });
    }
    const fifth = await attemptLogin(test.storage, hash, { address, password: "guess 4", now: at(minutes(4)) });
    expect(fifth).toEqual({ kind: "wrong-password", triesLeft: 0, lockedUntil: at(minutes(19)) });

    const sixth = await attemptLogin(test.storage, hash, { address, password: "the right password", now: at(minutes(5)) });
    expect(sixth).toEqual({ kind: "locked", until: at(minutes(19)) });
    const justBefore = await attemptLogin(test.storage, hash, { address, password: "the right password", now: at(minutes(19) - 1) });
    expect(justBefore).toEqual({ kind: "locked", until: at(minutes(19)) });

    // Another address is not held up by this one.
    expect(await attemptLogin(test.storage, hash, { address: "198.51.100.2", password: "the right password", now: at(minutes(6)) })).toEqual({
      kind: "signed-in",
    });

    expect(await attemptLogin(test.storage, hash, { address, password: "the right password", now: at(minutes(19)) })).toEqual({
      kind: "signed-in",
    });
  });

  it.skipIf(skip)("starts the count afresh after a successful login", async () => {
    const address = "203.0.113.8";
    for (let i = 0; i < 4; i++) await attemptLogin(test.storage, hash, { address, password: "typo", now: at(i) });
    expect(await attemptLogin(test.storage, hash, { address, password: "the right password", now: at(5) })).toEqual({ kind: "signed-in" });
    for (let i = 0; i < 4; i++) {
      expect(await attemptLogin(test.storage, hash, { address, password: "typo", now: at(10 + i) })).toMatchObject({ triesLeft: 4 - i });
    }
  });

  it.skipIf(skip)("checks no more than five of twenty passwords sent at once, the right one among them", async () => {
    const address = "203.0.113.9";
    const passwords = Array.from({ length: 20 }, (_, i) => (i === 12 ? "the right password" : `burst ${i}`));
    const outcomes = await Promise.all(passwords.map((password) => attemptLogin(test.storage, hash, { address, password, now: at(0) })));
    expect(outcomes.filter((outcome) => outcome.kind === "wrong-password")).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.kind === "locked")).toHaveLength(15);
    expect(await attemptLogin(test.storage, hash, { address, password: "the right password", now: at(1) })).toMatchObject({ kind: "locked" });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { submitLogin } from "@/lib/auth/login-form";
import { afterFailedLogin, DEFAULT_LOGINS_PER_MINUTE, lockedUntil, LOCKOUT_MS, loginsPerMinuteFrom } from "@/lib/auth/login-lockout";
import { hashPassword } from "@/lib/auth/password-hash";
import { backends, type TestStorage } from "../db/test-storage";

const minutes = (n: number) => n * 60_000;
const start = new Date("2026-12-01T09:00:00Z");
const at = (offset: number) => new Date(start.getTime() + offset);
/** Each database test starts at an hour of its own, so the site-wide count of one never reaches into another. */
const hour = (n: number) => (offset: number) => new Date(start.getTime() + n * 3_600_000 + offset);

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

describe("ADMIN_LOGIN_RATE_LIMIT", () => {
  it("is a positive whole number of tries per minute, else 20", () => {
    expect(loginsPerMinuteFrom("60")).toBe(60);
    expect(DEFAULT_LOGINS_PER_MINUTE).toBe(20);
    for (const value of [undefined, "", " ", "0", "-5", "2.5", "many"]) expect(loginsPerMinuteFrom(value), String(value)).toBe(20);
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
    const at = hour(1);
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
    const at = hour(2);
    const address = "203.0.113.8";
    for (let i = 0; i < 4; i++) await attemptLogin(test.storage, hash, { address, password: "typo", now: at(i) });
    expect(await attemptLogin(test.storage, hash, { address, password: "the right password", now: at(5) })).toEqual({ kind: "signed-in" });
    for (let i = 0; i < 4; i++) {
      expect(await attemptLogin(test.storage, hash, { address, password: "typo", now: at(10 + i) })).toMatchObject({ triesLeft: 4 - i });
    }
  });

  it.skipIf(skip)("checks no more than five of twenty passwords sent at once, the right one among them", async () => {
    const at = hour(3);
    const address = "203.0.113.9";
    const passwords = Array.from({ length: 20 }, (_, i) => (i === 12 ? "the right password" : `burst ${i}`));
    const outcomes = await Promise.all(passwords.map((password) => attemptLogin(test.storage, hash, { address, password, now: at(0) })));
    expect(outcomes.filter((outcome) => outcome.kind === "wrong-password")).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.kind === "locked")).toHaveLength(15);
    expect(await attemptLogin(test.storage, hash, { address, password: "the right password", now: at(minutes(1)) })).toMatchObject({ kind: "locked" });
  });

  it.skipIf(skip)(`takes no more than ${DEFAULT_LOGINS_PER_MINUTE} tries a minute from all addresses together, then the right password again`, async () => {
    const at = hour(4);
    // A guesser with many addresses: each stays under its own lockout, together they reach the site-wide cap.
    for (let i = 0; i < DEFAULT_LOGINS_PER_MINUTE; i++) {
      const outcome = await attemptLogin(test.storage, hash, { address: `198.51.100.${i}`, password: `guess ${i}`, now: at(i * 1000) });
      expect(outcome).toMatchObject({ kind: "wrong-password" });
    }
    const consultant = "203.0.113.10";
    expect(await attemptLogin(test.storage, hash, { address: consultant, password: "the right password", now: at(30_000) })).toEqual({
      kind: "site-busy",
      retryAfterSeconds: 30,
    });
    expect(await attemptLogin(test.storage, hash, { address: "198.51.100.99", password: "guess", now: at(59_999) })).toEqual({
      kind: "site-busy",
      retryAfterSeconds: 1,
    });
    // Refused before the password was looked at: the consultant's address has used none of its five tries.
    expect(await attemptLogin(test.storage, hash, { address: consultant, password: "typo", now: at(minutes(1)) })).toEqual({
      kind: "wrong-password",
      triesLeft: 4,
    });
    expect(await attemptLogin(test.storage, hash, { address: consultant, password: "the right password", now: at(minutes(1) + 1) })).toEqual({
      kind: "signed-in",
    });
  });

  it.skipIf(skip)(`checks no more than ${DEFAULT_LOGINS_PER_MINUTE} passwords of a burst from many addresses sent at once`, async () => {
    const at = hour(5);
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attemptLogin(test.storage, hash, { address: `192.0.2.${i}`, password: `burst ${i}`, now: at(0) })),
    );
    expect(outcomes.filter((outcome) => outcome.kind === "wrong-password")).toHaveLength(DEFAULT_LOGINS_PER_MINUTE);
    expect(outcomes.filter((outcome) => outcome.kind === "site-busy")).toHaveLength(60 - DEFAULT_LOGINS_PER_MINUTE);
  });

  it.skipIf(skip)("forgets the failures of addresses that can no longer count, so the table does not grow without end", async () => {
    const at = hour(7);
    await test.storage.db.deleteFrom("admin_login_failures").execute();
    for (let i = 0; i < 10; i++) await attemptLogin(test.storage, hash, { address: `192.0.2.${i}`, password: "typo", now: at(minutes(i)) });
    for (let i = 0; i < 5; i++) await attemptLogin(test.storage, hash, { address: "203.0.113.12", password: "typo", now: at(minutes(10)) });
    expect(await test.storage.db.selectFrom("admin_login_failures").select("address").execute()).toHaveLength(11);
    // Later: the single failures are past their 15 minutes; the locked address is locked until minute 25.
    const later = at(minutes(24) + 30_000);
    await attemptLogin(test.storage, hash, { address: "198.51.100.200", password: "typo", now: later });
    const left = await test.storage.db.selectFrom("admin_login_failures").select("address").orderBy("address").execute();
    expect(left.map((row) => row.address)).toEqual(["198.51.100.200", "203.0.113.12"]);
    expect(await attemptLogin(test.storage, hash, { address: "203.0.113.12", password: "the right password", now: later })).toEqual({
      kind: "locked",
      until: at(minutes(25)),
    });
  });

  it.skipIf(skip)("the login form says in words when the site has had too many tries, without checking the password", async () => {
    const at = hour(6);
    const config = { configured: true as const, passwordHash: hash, sessionSecret: "s".repeat(32) };
    const submit = (password: string, clientAddress: string, now: Date) => {
      const form = new FormData();
      form.set("password", password);
      return submitLogin(form, { config, storage: async () => test.storage, now, timeZone: () => "Europe/Berlin", clientAddress, loginsPerMinute: 3 });
    };
    for (let i = 0; i < 3; i++) await submit(`guess ${i}`, `198.51.100.${i}`, at(i));
    expect(await submit("the right password", "203.0.113.11", at(100))).toEqual({
      kind: "state",
      state: { error: "Too many login attempts on this site right now. Try again in a minute." },
    });
    expect(await submit("the right password", "203.0.113.11", at(minutes(1)))).toEqual({ kind: "signed-in", sessionSecret: "s".repeat(32) });
  });
});

import type { Storage } from "../db/connect";
import { clearLoginFailures, deleteStaleLoginFailures, findLoginFailures, saveLoginFailures } from "../db/login-failures";
import { countAttempt } from "../db/rate-limits";
import { inWriteTransaction } from "../db/write-transaction";
import { afterFailedLogin, DEFAULT_LOGINS_PER_MINUTE, FAILURE_WINDOW_MS, lockedUntil, LOGIN_CAP_KEY, LOGIN_CAP_WINDOW_MS, MAX_FAILED_LOGINS } from "./login-lockout";
import { verifyPassword } from "./password-hash";

export type LoginOutcome =
  | { kind: "signed-in" }
  /** `triesLeft` before the lockout; at 0 the address is locked until `lockedUntil`. */
  | { kind: "wrong-password"; triesLeft: number; lockedUntil?: Date }
  /** Refused without looking at the password: too many failures from this address. */
  | { kind: "locked"; until: Date }
  /** Refused without looking at the password: the site has had its tries for this minute, from all addresses. */
  | { kind: "site-busy"; retryAfterSeconds: number };

export interface LoginAttempt {
  address: string;
  password: string;
  now: Date;
}

/**
 * One login try: refused outright once the site has taken `loginsPerMinute` tries this minute from all addresses (a
 * count in the database, so it holds across instances), or while the address is locked out; else the password
 * decides. The lockout check and the count happen first, in one short serialised transaction that counts the try as
 * a failure up front, so a burst of tries sent at once checks no more than five passwords. The slow password check
 * runs after it, outside the lock (it would otherwise hold up every booking for its 100 ms); a right password then
 * clears the count.
 */
export async function attemptLogin(
  storage: Storage,
  passwordHash: string,
  attempt: LoginAttempt,
  loginsPerMinute = DEFAULT_LOGINS_PER_MINUTE,
): Promise<LoginOutcome> {
  const siteWide = await countAttempt(storage.db, LOGIN_CAP_KEY, { limit: loginsPerMinute, windowMs: LOGIN_CAP_WINDOW_MS }, attempt.now);
  if (!siteWide.allowed) return { kind: "site-busy", retryAfterSeconds: siteWide.retryAfterSeconds };

  const counted = await inWriteTransaction(storage, async (db) => {
    const previous = await findLoginFailures(db, attempt.address);
    const until = lockedUntil(previous, attempt.now);
    if (until) return { kind: "locked", until } as const;
    const record = afterFailedLogin(previous, attempt.now);
    // A new address's first failure also clears out the records that no longer count, so the table stays small.
    if (!previous) await deleteStaleLoginFailures(db, { now: attempt.now, failuresSince: new Date(attempt.now.getTime() - FAILURE_WINDOW_MS) });
    await saveLoginFailures(db, attempt.address, record);
    return { kind: "counted", record } as const;
  });
  if (counted.kind === "locked") return counted;

  if (await verifyPassword(attempt.password, passwordHash)) {
    await clearLoginFailures(storage.db, attempt.address);
    return { kind: "signed-in" };
  }
  const { record } = counted;
  return {
    kind: "wrong-password",
    triesLeft: Math.max(0, MAX_FAILED_LOGINS - record.failures),
    ...(record.lockedUntil ? { lockedUntil: record.lockedUntil } : {}),
  };
}

import type { Storage } from "../db/connect";
import { clearLoginFailures, findLoginFailures, saveLoginFailures } from "../db/login-failures";
import { inWriteTransaction } from "../db/write-transaction";
import { afterFailedLogin, lockedUntil, MAX_FAILED_LOGINS } from "./login-lockout";
import { verifyPassword } from "./password-hash";

export type LoginOutcome =
  | { kind: "signed-in" }
  /** `triesLeft` before the lockout; at 0 the address is locked until `lockedUntil`. */
  | { kind: "wrong-password"; triesLeft: number; lockedUntil?: Date }
  /** Refused without looking at the password: too many failures from this address. */
  | { kind: "locked"; until: Date };

export interface LoginAttempt {
  address: string;
  password: string;
  now: Date;
}

/**
 * One login try: refused outright while the address is locked out, else the password decides. The lockout check and
 * the count happen first, in one short serialised transaction that counts the try as a failure up front, so a burst
 * of tries sent at once checks no more than five passwords. The slow password check runs after it, outside the lock
 * (it would otherwise hold up every booking for its 100 ms); a right password then clears the count.
 */
export async function attemptLogin(storage: Storage, passwordHash: string, attempt: LoginAttempt): Promise<LoginOutcome> {
  const counted = await inWriteTransaction(storage, async (db) => {
    const previous = await findLoginFailures(db, attempt.address);
    const until = lockedUntil(previous, attempt.now);
    if (until) return { kind: "locked", until } as const;
    const record = afterFailedLogin(previous, attempt.now);
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

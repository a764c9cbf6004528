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
 * One login try: refused outright while the address is locked out, else the password decides. The whole try, from
 * the lockout check to the count, is one serialised transaction, so a burst of tries sent at once is taken one at a
 * time: no more than five passwords are ever checked before the wait.
 */
export async function attemptLogin(storage: Storage, passwordHash: string, attempt: LoginAttempt): Promise<LoginOutcome> {
  return inWriteTransaction(storage, async (db): Promise<LoginOutcome> => {
    const previous = await findLoginFailures(db, attempt.address);
    const until = lockedUntil(previous, attempt.now);
    if (until) return { kind: "locked", until };

    if (await verifyPassword(attempt.password, passwordHash)) {
      await clearLoginFailures(db, attempt.address);
      return { kind: "signed-in" };
    }
    const record = afterFailedLogin(previous, attempt.now);
    await saveLoginFailures(db, attempt.address, record);
    return {
      kind: "wrong-password",
      triesLeft: Math.max(0, MAX_FAILED_LOGINS - record.failures),
      ...(record.lockedUntil ? { lockedUntil: record.lockedUntil } : {}),
    };
  });
}

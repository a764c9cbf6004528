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

/** One login try: refused outright while the address is locked out, else the password decides. */
export async function attemptLogin(storage: Storage, passwordHash: string, attempt: LoginAttempt): Promise<LoginOutcome> {
  const until = lockedUntil(await findLoginFailures(storage.db, attempt.address), attempt.now);
  if (until) return { kind: "locked", until };

  if (await verifyPassword(attempt.password, passwordHash)) {
    await clearLoginFailures(storage.db, attempt.address);
    return { kind: "signed-in" };
  }
  // Read and write the count in one serialised transaction, so failures sent at once are all counted.
  const record = await inWriteTransaction(storage, async (db) => {
    const next = afterFailedLogin(await findLoginFailures(db, attempt.address), attempt.now);
    await saveLoginFailures(db, attempt.address, next);
    return next;
  });
  return {
    kind: "wrong-password",
    triesLeft: Math.max(0, MAX_FAILED_LOGINS - record.failures),
    ...(record.lockedUntil ? { lockedUntil: record.lockedUntil } : {}),
  };
}

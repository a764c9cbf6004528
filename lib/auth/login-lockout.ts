import type { LoginFailures } from "../db/login-failures";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** Failures further apart than this are forgotten: five typos over a week lock nobody out. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/** When an address may not try at all, until when; the password is not even checked then. */
export function lockedUntil(record: LoginFailures | undefined, now: Date): Date | undefined {
  if (record?.lockedUntil && record.lockedUntil.getTime() > now.getTime()) return record.lockedUntil;
  return undefined;
}

/** The record after one more failed login: the fifth failure within the window locks the address for 15 minutes. */
export function afterFailedLogin(record: LoginFailures | undefined, now: Date): LoginFailures {
  const stale =
    !record ||
    (record.lockedUntil !== null && record.lockedUntil.getTime() <= now.getTime()) ||
    now.getTime() - record.firstFailedAt.getTime() > FAILURE_WINDOW_MS;
  const current = stale ? { failures: 0, firstFailedAt: now } : record;
  const failures = current.failures + 1;
  return {
    failures,
    firstFailedAt: current.firstFailedAt,
    lockedUntil: failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS) : null,
  };
}

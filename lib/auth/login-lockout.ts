import type { LoginFailures } from "../db/login-failures";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** Failures further apart than this are forgotten: five typos over a week lock nobody out. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Login tries the site takes in each minute from all addresses together, whatever the lockout says
 * (ADMIN_LOGIN_RATE_LIMIT): a guesser gets no more passwords checked than this, however many addresses it has.
 */
export const DEFAULT_LOGINS_PER_MINUTE = 20;
export const LOGIN_CAP_WINDOW_MS = 60 * 1000;
/** The key of that count among the site's rate-limit counts. */
export const LOGIN_CAP_KEY = "login:all";

/** ADMIN_LOGIN_RATE_LIMIT, from its raw value: a positive whole number of tries per minute, else the default. */
export function loginsPerMinuteFrom(value: string | undefined): number {
  const tries = Number(value);
  return value?.trim() && Number.isInteger(tries) && tries > 0 ? tries : DEFAULT_LOGINS_PER_MINUTE;
}

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

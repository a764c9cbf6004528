import { isPasswordHash } from "./password-hash";

export const MIN_SESSION_SECRET_LENGTH = 32;

export type AdminConfig =
  | { configured: true; passwordHash: string; sessionSecret: string }
  /** Each problem names the variable and what is wrong with it, for the "not configured" page. */
  | { configured: false; problems: string[] };

/** The admin's credentials from the environment. Missing or unusable ones disable the admin: there is no default. */
export function adminConfigFrom(env: Record<string, string | undefined>): AdminConfig {
  const passwordHash = env.ADMIN_PASSWORD_HASH?.trim() ?? "";
  const sessionSecret = env.SESSION_SECRET ?? "";
  const problems: string[] = [];
  if (!passwordHash) problems.push("ADMIN_PASSWORD_HASH is not set.");
  else if (!isPasswordHash(passwordHash)) problems.push("ADMIN_PASSWORD_HASH is not a hash printed by npm run admin:hash.");
  if (!sessionSecret) problems.push("SESSION_SECRET is not set.");
  else if (sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    problems.push(`SESSION_SECRET is too short: it needs at least ${MIN_SESSION_SECRET_LENGTH} characters.`);
  }
  if (problems.length > 0) return { configured: false, problems };
  return { configured: true, passwordHash, sessionSecret };
}

import { z } from "zod";
import type { Storage } from "../db/connect";
import type { AdminConfig } from "./admin-config";
import { attemptLogin } from "./login";

/** What the login form shows after a try that did not sign in. */
export interface LoginFormState {
  error?: string;
}

export type LoginSubmission = { kind: "state"; state: LoginFormState } | { kind: "signed-in"; sessionSecret: string };

const passwordField = z.string().min(1, "Enter the password.").max(1024, "That is not the password.");

function tryAgainMessage(until: Date, now: Date, timeZone: string): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const clock = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(until);
  return `Too many failed logins from your address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, after ${clock}.`;
}

const failed = (error: string): LoginSubmission => ({ kind: "state", state: { error } });

/**
 * The login form, without the framework: the password checked against the site-wide cap and the lockout, every
 * refusal in words.
 */
export async function submitLogin(
  formData: FormData,
  context: {
    config: AdminConfig;
    storage: () => Promise<Storage>;
    now: Date;
    /** The consultant's zone, for the time a locked-out address may try again; read only when needed. */
    timeZone: () => string;
    clientAddress: string;
    /** Login tries the site takes per minute from all addresses together (ADMIN_LOGIN_RATE_LIMIT). */
    loginsPerMinute: number;
  },
): Promise<LoginSubmission> {
  const { config } = context;
  if (!config.configured) return failed("The admin is not configured.");
  const password = passwordField.safeParse(formData.get("password") ?? "");
  if (!password.success) return failed(password.error.issues[0]!.message);

  const { now } = context;
  const attempt = { address: context.clientAddress, password: password.data, now };
  const outcome = await attemptLogin(await context.storage(), config.passwordHash, attempt, context.loginsPerMinute);
  if (outcome.kind === "site-busy") return failed("Too many login attempts on this site right now. Try again in a minute.");
  if (outcome.kind === "locked") return failed(tryAgainMessage(outcome.until, now, context.timeZone()));
  if (outcome.kind === "wrong-password") {
    if (outcome.lockedUntil) return failed(tryAgainMessage(outcome.lockedUntil, now, context.timeZone()));
    const tries = outcome.triesLeft === 1 ? "1 more try" : `${outcome.triesLeft} more tries`;
    return failed(`That password is not right. ${tries} before a 15-minute wait.`);
  }
  return { kind: "signed-in", sessionSecret: config.sessionSecret };
}

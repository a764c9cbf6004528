import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { adminConfigFrom, type AdminConfig } from "./admin-config";
import { createSessionToken, SESSION_LIFETIME_MS, verifySessionToken } from "./session-token";

// The session is checked here, on the server, by every admin page, server action and route handler itself: the
// proxy in front of /admin is never the only gate.

export const SESSION_COOKIE = "admin_session";
export const LOGIN_PATH = "/admin/login";

/** The admin's configuration as the running site sees it. */
export function adminConfig(): AdminConfig {
  return adminConfigFrom(process.env);
}

/** True when the request carries a session value this site signed and that has not expired. */
export async function hasAdminSession(now = new Date()): Promise<boolean> {
  const config = adminConfig();
  if (!config.configured) return false;
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return verifySessionToken(token, config.sessionSecret, now) !== undefined;
}

/** For pages and server actions: carries on only for the signed-in consultant, else sends the browser to the login. */
export async function requireAdmin(): Promise<void> {
  if (!(await hasAdminSession())) redirect(LOGIN_PATH);
}

/** For route handlers: the 401 to send back when there is no session, else undefined. */
export async function refuseWithoutAdmin(): Promise<Response | undefined> {
  if (await hasAdminSession()) return undefined;
  return new Response("Sign in to the admin first.", {
    status: 401,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const cookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  // Browsers also keep a Secure cookie from http://localhost, so this holds for a production build tried locally.
  secure: process.env.NODE_ENV === "production",
  path: "/admin",
} as const;

/** Sets the signed session cookie (in a server action, after the password was checked). */
export async function startAdminSession(sessionSecret: string, now: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, createSessionToken(sessionSecret, now), {
    ...cookieOptions,
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}

export async function endAdminSession(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, "", { ...cookieOptions, maxAge: 0 });
}

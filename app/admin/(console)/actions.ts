"use server";

import { redirect } from "next/navigation";
import { endAdminSession, LOGIN_PATH } from "@/lib/auth/admin-session";

/** Ends the session; with or without one, the browser lands on the login. */
export async function logOut(): Promise<void> {
  await endAdminSession();
  redirect(LOGIN_PATH);
}

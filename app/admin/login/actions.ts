"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminConfig, startAdminSession } from "@/lib/auth/admin-session";
import { attemptLogin } from "@/lib/auth/login";
import { clientAddressOf } from "@/lib/http/client-address";
import { getBookingSettings } from "@/lib/content";
import { getStorage } from "@/lib/db";

export interface LoginFormState {
  error?: string;
}

const passwordField = z.string().min(1, "Enter the password.").max(1024, "That is not the password.");

function tryAgainMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const { timeZone } = getBookingSettings();
  const clock = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(until);
  return `Too many failed logins from your address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, after ${clock}.`;
}

export async function logIn(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const config = adminConfig();
  if (!config.configured) return { error: "The admin is not configured." };
  const password = passwordField.safeParse(formData.get("password") ?? "");
  if (!password.success) return { error: password.error.issues[0]!.message };

  const now = new Date();
  const address = clientAddressOf(await headers());
  const outcome = await attemptLogin(await getStorage(), config.passwordHash, { address, password: password.data, now });
  if (outcome.kind === "locked") return { error: tryAgainMessage(outcome.until, now) };
  if (outcome.kind === "wrong-password") {
    if (outcome.lockedUntil) return { error: tryAgainMessage(outcome.lockedUntil, now) };
    const tries = outcome.triesLeft === 1 ? "1 more try" : `${outcome.triesLeft} more tries`;
    return { error: `That password is not right. ${tries} before a 15-minute wait.` };
  }
  await startAdminSession(config.sessionSecret, now);
  redirect("/admin");
}

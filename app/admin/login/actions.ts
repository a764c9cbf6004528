"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { adminConfig, startAdminSession } from "@/lib/auth/admin-session";
import { submitLogin, type LoginFormState } from "@/lib/auth/login-form";
import { clientAddressOf } from "@/lib/http/client-address";
import { siteContext } from "@/lib/runtime";

export async function logIn(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const { storage, now, settings } = siteContext();
  const clientAddress = clientAddressOf(await headers());
  const result = await submitLogin(formData, { config: adminConfig(), storage, now, timeZone: settings.timeZone, clientAddress });
  if (result.kind === "state") return result.state;
  await startAdminSession(result.sessionSecret, now());
  redirect("/admin");
}

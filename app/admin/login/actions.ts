"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { adminConfig, startAdminSession } from "@/lib/auth/admin-session";
import { submitLogin, type LoginFormState } from "@/lib/auth/login-form";
import { getBookingSettings } from "@/lib/content";
import { clientAddressOf } from "@/lib/http/client-address";
import { adminLoginsPerMinute, getStorage, trustedProxyHops } from "@/lib/runtime";

export async function logIn(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const now = new Date();
  const result = await submitLogin(formData, {
    config: adminConfig(),
    storage: getStorage,
    now,
    timeZone: () => getBookingSettings().timeZone,
    clientAddress: clientAddressOf(await headers(), trustedProxyHops()),
    loginsPerMinute: adminLoginsPerMinute(),
  });
  if (result.kind === "state") return result.state;
  await startAdminSession(result.sessionSecret, now);
  redirect("/admin");
}

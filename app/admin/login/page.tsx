import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminNotConfigured } from "@/components/admin/not-configured";
import { LoginForm } from "@/components/admin/login-form";
import { adminConfig, hasAdminSession } from "@/lib/auth/admin-session";
import { logIn } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function AdminLoginPage() {
  const config = adminConfig();
  if (!config.configured) return <AdminNotConfigured problems={config.problems} />;
  if (await hasAdminSession()) redirect("/admin");
  return (
    <main className="mx-auto max-w-sm space-y-6 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">Sign in to the admin</h1>
      <LoginForm action={logIn} />
    </main>
  );
}

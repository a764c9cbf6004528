import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdmin } from "@/lib/auth/admin-session";
import { logOut } from "./actions";

/** The signed-in admin's frame. Each page below checks the session again itself: a layout is not a gate. */
export default async function AdminConsoleLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return (
    <>
      <AdminNav logOut={logOut} />
      <main>{children}</main>
    </>
  );
}

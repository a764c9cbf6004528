import { AdminNav } from "@/components/admin/admin-nav";
import { CalendarWarning } from "@/components/admin/calendar-warning";
import { SetupChecklist } from "@/components/admin/setup-checklist";
import { setupChecklist } from "@/lib/admin/setup-checklist";
import { contentDir } from "@/lib/content";
import { findPlaceholders } from "@/lib/content/placeholders";
import { senderProblem } from "@/lib/email/sender-config";
import { listCalendarStates, troubledCalendars } from "@/lib/admin/calendars-view";
import { siteContext } from "@/lib/runtime";
import { siteCalendarSources } from "@/lib/runtime/calendars";
import { requireAdmin } from "@/lib/auth/admin-session";
import { logOut } from "./actions";

/** The signed-in admin's frame. Each page below checks the session again itself: a layout is not a gate. */
export default async function AdminConsoleLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  const context = siteContext();
  const { calendars } = context.settings;
  const states = await listCalendarStates(await context.storage(), calendars, siteCalendarSources(), context.now());
  return (
    <>
      <AdminNav logOut={logOut} />
      <CalendarWarning troubled={troubledCalendars(states)} calendars={calendars} />
      <SetupChecklist items={setupChecklist(findPlaceholders(contentDir()), senderProblem())} />
      <main>{children}</main>
    </>
  );
}

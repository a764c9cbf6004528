import type { Metadata } from "next";
import { ActionMessage } from "@/components/admin/action-message";
import { AdminSection } from "@/components/admin/admin-section";
import { TimeOffForm } from "@/components/admin/time-off-form";
import { CallsInside, TimeOffList } from "@/components/admin/time-off-list";
import { emptyTimeOffForm, listTimeOffItems, TIME_OFF_NOTE_MAX_LENGTH, timeOffAddedSentence, timeOffPageState } from "@/lib/admin/time-off";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";
import { addTimeOffBlock, removeTimeOffBlock } from "./actions";
import { zonePlace } from "@/lib/time/zone-labels";

export const metadata: Metadata = { title: "Time off" };

export default async function AdminTimeOffPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const context = siteContext();
  const query = await searchParams;
  const items = await listTimeOffItems(context);
  const { done, problem, added } = timeOffPageState(query, items);
  return (
    <div className="space-y-10">
      <header>
        <h1 className="mb-2 text-3xl font-semibold tracking-tight">Time off</h1>
        <p className="text-muted">
          Block a day, several days or a few hours, and founders cannot book them. Times in {zonePlace(context.settings.timeZone)}.
        </p>
      </header>

      {added ? (
        <div role="status" className="space-y-2 rounded-lg border border-accent px-4 py-3">
          <p className="font-medium">{timeOffAddedSentence(added)}</p>
          <CallsInside item={added} />
        </div>
      ) : (
        <ActionMessage done={done} problem={problem} />
      )}

      <AdminSection id="add-time-off" title="Add time off" spacing="space-y-4">
        {/* A fresh form after each change of the page (a block added or removed), with nothing left from before. */}
        <TimeOffForm key={`${added?.id ?? ""}:${done ?? ""}:${problem ?? ""}`} action={addTimeOffBlock} initialState={emptyTimeOffForm} noteMaxLength={TIME_OFF_NOTE_MAX_LENGTH} />
      </AdminSection>

      <AdminSection id="blocked-times" title="Blocked times" spacing="space-y-4">
        <TimeOffList items={items} remove={removeTimeOffBlock} />
      </AdminSection>
    </div>
  );
}

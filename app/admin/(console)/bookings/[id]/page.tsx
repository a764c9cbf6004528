import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionMessage } from "@/components/admin/action-message";
import { AdminNoteForm } from "@/components/admin/admin-note-form";
import { AdminSection } from "@/components/admin/admin-section";
import { BookingAnswers } from "@/components/admin/booking-answers";
import { CallOutcomeButtons } from "@/components/admin/call-outcome-buttons";
import { CancelCallForm } from "@/components/admin/cancel-call-form";
import { MoveCallForm } from "@/components/admin/move-call-form";
import { bookingPageMessages } from "@/lib/admin/booking-messages";
import { findBookingView } from "@/lib/admin/booking-views";
import { findMoveChoices } from "@/lib/admin/move-call";
import { requireAdmin } from "@/lib/auth/admin-session";
import { siteContext } from "@/lib/runtime";
import { cancelCall, markOutcome, moveCall, saveNote } from "./actions";
import { zonePlace } from "@/lib/time/zone-labels";

export const metadata: Metadata = { title: "Booking" };

interface BookingPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdminBookingPage({ params, searchParams }: BookingPageProps) {
  await requireAdmin();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const context = siteContext();
  const view = await findBookingView(context, id);
  if (!view) notFound();
  const { booking } = view;
  const messages = bookingPageMessages(query, view);
  // Only a live call still to come can move.
  const moveChoices = await findMoveChoices(context, booking);

  return (
    <article className="space-y-10">
      <header>
        <p className="text-[0.95rem] uppercase tracking-[0.14em] text-muted">{view.status}</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words">{booking.name}</h1>
        <p className="mt-2 text-lg">
          {view.when} <span className="text-muted">({zonePlace(view.timeZone)})</span>
        </p>
        {view.meetingLink && (
          <p className="mt-1 break-words">
            <span className="text-muted">Video link: </span>
            <a href={view.meetingLink} className="text-accent underline underline-offset-4">
              {view.meetingLink}
            </a>
          </p>
        )}
      </header>

      <ActionMessage done={messages.done} problem={messages.problem} />

      <AdminSection id="what-they-wrote" title="What they wrote" spacing="space-y-4">
        <BookingAnswers view={view} />
      </AdminSection>

      <AdminSection id="private-note" title="Private note">
        <AdminNoteForm bookingId={booking.id} note={booking.adminNote ?? ""} problem={messages.noteProblem} action={saveNote} />
      </AdminSection>

      {view.markable && (
        <AdminSection id="how-it-went" title="How it went">
          <CallOutcomeButtons bookingId={booking.id} action={markOutcome} current={booking.status} />
        </AdminSection>
      )}

      {moveChoices && (
        <AdminSection id="move-call" title="Move this call">
          <MoveCallForm bookingId={booking.id} founderName={booking.name} choices={moveChoices} problem={messages.moveProblem} action={moveCall} />
        </AdminSection>
      )}

      {view.cancellable && (
        <AdminSection id="cancel-call" title="Cancel the call">
          <CancelCallForm bookingId={booking.id} founderName={booking.name} problem={messages.cancelProblem} action={cancelCall} />
        </AdminSection>
      )}
    </article>
  );
}

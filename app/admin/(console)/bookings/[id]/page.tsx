import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionMessage } from "@/components/admin/action-message";
import { buttonClass, errorTextClass, inputClass, quietButtonClass } from "@/components/admin/admin-styles";
import { BookingFacts } from "@/components/admin/booking-facts";
import { ADMIN_NOTE_MAX_LENGTH, bookingAnswers, bookingStatusLabel, CANCEL_MESSAGE_MAX_LENGTH } from "@/lib/admin/booking-details";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getBookingSettings } from "@/lib/content";
import { formatSlot } from "@/lib/booking/slot-display";
import { findBookingById } from "@/lib/db/bookings";
import { getStorage } from "@/lib/db";
import { cancelAsConsultant, markOutcome, saveAdminNote } from "./actions";

export const metadata: Metadata = { title: "Booking" };

const DONE: Record<string, string> = {
  note: "Note saved.",
  held: "Marked as held.",
  no_show: "Marked as a no-show.",
  cancelled: "Cancelled. The founder’s email is in the outbox.",
};
const PROBLEMS: Record<string, string> = {
  "note-too-long": `The note was not saved: it can be at most ${ADMIN_NOTE_MAX_LENGTH} characters.`,
  cancelled: "This booking is cancelled; it cannot be marked as held or a no-show.",
  "already-cancelled": "This booking was already cancelled.",
  past: "This call is over; there is nothing left to cancel.",
  "message-too-long": `Not cancelled: the message can be at most ${CANCEL_MESSAGE_MAX_LENGTH} characters.`,
  "not-confirmed": "Not cancelled: tick the box to confirm that the call is off.",
};
// Problems shown next to a form's field rather than at the top of the page.
const NOTE_PROBLEMS = ["note-too-long"];
const CANCEL_PROBLEMS = ["message-too-long", "not-confirmed"];

interface BookingPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdminBookingPage({ params, searchParams }: BookingPageProps) {
  await requireAdmin();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const booking = await findBookingById((await getStorage()).db, id);
  if (!booking) notFound();
  const settings = getBookingSettings();
  const answers = bookingAnswers(booking, settings.form);
  const slot = { start: new Date(booking.start_at), end: new Date(booking.end_at) };
  const live = booking.status !== "cancelled";
  const problem = typeof query.problem === "string" && query.problem in PROBLEMS ? query.problem : undefined;
  const noteProblem = problem && NOTE_PROBLEMS.includes(problem) ? PROBLEMS[problem] : undefined;
  const cancelProblem = problem && CANCEL_PROBLEMS.includes(problem) ? PROBLEMS[problem] : undefined;
  const cancellable = live && new Date(booking.end_at).getTime() > Date.now();

  return (
    <article className="space-y-10">
      <header>
        <p className="text-[0.95rem] uppercase tracking-[0.14em] text-muted">{bookingStatusLabel(booking)}</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words">{booking.name}</h1>
        <p className="mt-2 text-lg">
          {formatSlot(slot, settings.timeZone)} <span className="text-muted">({settings.timeZone})</span>
        </p>
      </header>

      <ActionMessage
        done={typeof query.done === "string" ? DONE[query.done] : undefined}
        problem={problem && !noteProblem && !cancelProblem ? PROBLEMS[problem] : undefined}
      />

      <section aria-labelledby="what-they-wrote" className="space-y-4">
        <h2 id="what-they-wrote" className="text-xl font-semibold">
          What they wrote
        </h2>
        <BookingFacts
          facts={[
            { term: "Email", value: <a href={`mailto:${booking.email}`} className="text-accent underline">{booking.email}</a> },
            { term: "Company", value: booking.company ?? "—" },
            { term: "Team size", value: booking.team_size ?? "—" },
            { term: "Engagement", value: answers.engagement ?? "Not chosen" },
            {
              term: "Signals ticked",
              value:
                answers.signals.length > 0 ? (
                  <ul className="list-disc space-y-1 pl-5">
                    {answers.signals.map((signal) => (
                      <li key={signal}>{signal}</li>
                    ))}
                  </ul>
                ) : (
                  "None"
                ),
            },
            { term: "Message", value: booking.message ? <p className="whitespace-pre-wrap">{booking.message}</p> : "—" },
            { term: "Came from", value: booking.source ? <code>{booking.source}</code> : "Not known" },
            { term: "Their time", value: `${formatSlot(slot, booking.time_zone)} (${booking.time_zone})` },
            { term: "Booked on", value: new Date(booking.created_at).toLocaleString("en-US", { timeZone: settings.timeZone }) },
          ]}
        />
      </section>

      <section aria-labelledby="private-note" className="space-y-3">
        <h2 id="private-note" className="text-xl font-semibold">
          Private note
        </h2>
        <form action={saveAdminNote} className="space-y-3">
          <input type="hidden" name="bookingId" value={booking.id} />
          <label htmlFor="admin-note" className="block text-muted">
            Only you see this.
          </label>
          <textarea
            id="admin-note"
            name="note"
            rows={5}
            maxLength={ADMIN_NOTE_MAX_LENGTH}
            defaultValue={booking.admin_note ?? ""}
            className={inputClass}
            aria-invalid={noteProblem ? true : undefined}
            aria-describedby={noteProblem ? "admin-note-error" : undefined}
          />
          {noteProblem && (
            <p id="admin-note-error" className={errorTextClass}>
              {noteProblem}
            </p>
          )}
          <button type="submit" className={buttonClass}>
            Save note
          </button>
        </form>
      </section>

      {live && (
        <section aria-labelledby="how-it-went" className="space-y-3">
          <h2 id="how-it-went" className="text-xl font-semibold">
            How it went
          </h2>
          <div className="flex flex-wrap gap-3">
            <form action={markOutcome}>
              <input type="hidden" name="bookingId" value={booking.id} />
              <button type="submit" name="outcome" value="held" className={quietButtonClass}>
                Mark as held
              </button>
            </form>
            <form action={markOutcome}>
              <input type="hidden" name="bookingId" value={booking.id} />
              <button type="submit" name="outcome" value="no_show" className={quietButtonClass}>
                Mark as no-show
              </button>
            </form>
          </div>
        </section>
      )}

      {cancellable && (
        <section aria-labelledby="cancel-call" className="space-y-3">
          <h2 id="cancel-call" className="text-xl font-semibold">
            Cancel the call
          </h2>
          <form action={cancelAsConsultant} className="space-y-3">
            <input type="hidden" name="bookingId" value={booking.id} />
            <label htmlFor="cancel-message" className="block">
              Message to {booking.name} <span className="text-muted">(optional; it goes in their cancellation email)</span>
            </label>
            <textarea id="cancel-message" name="message" rows={4} maxLength={CANCEL_MESSAGE_MAX_LENGTH} className={inputClass} />
            <label className="flex items-center gap-3">
              <input
                type="checkbox"
                name="confirm"
                value="yes"
                required
                className="size-5"
                aria-invalid={cancelProblem ? true : undefined}
                aria-describedby={cancelProblem ? "cancel-error" : undefined}
              />
              Yes, the call is off: free the time and email the founder
            </label>
            {cancelProblem && (
              <p id="cancel-error" className={errorTextClass}>
                {cancelProblem}
              </p>
            )}
            <button type="submit" className={quietButtonClass}>
              Cancel the call
            </button>
          </form>
        </section>
      )}
    </article>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BookingConfirmation } from "@/components/booking/booking-confirmation";
import { CancelBookingPanel } from "@/components/booking/cancel-booking-panel";
import { MoveBookingForm } from "@/components/booking/move-booking-form";
import { PageIntro } from "@/components/page-intro";
import { firstName } from "@/lib/booking/booking-display";
import { findManageableBooking } from "@/lib/booking/lifecycle";
import { managePath } from "@/lib/booking/manage-token";
import { listBookableSlots } from "@/lib/booking/service";
import { formatSlot } from "@/lib/booking/slot-display";
import { siteContext } from "@/lib/runtime";
import { cancelBookingAction, moveBookingAction } from "./actions";

// Only the site itself gets this page's address (and its key) as a referrer. "no-referrer" would also make the browser
// send `Origin: null` with the forms here, which Next's server actions rightly refuse.
export const metadata: Metadata = { title: "Your intro call", robots: { index: false, follow: false }, referrer: "same-origin" };

interface ManagePageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The founder's own page, opened by the link in their emails: the call on both clocks, move it, or cancel it. */
export default async function ManageBookingPage({ params, searchParams }: ManagePageProps) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const { storage: openStorage, settings, now: clock } = siteContext();
  const now = clock();
  const storage = await openStorage();
  const booking = await findManageableBooking(storage, token, now);
  if (!booking) notFound();

  const path = managePath(token);
  const free = await listBookableSlots(storage, settings, now, booking.id);
  const slots = free.filter((s) => s.start.getTime() !== booking.start.getTime()).map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() }));

  const heading = query.booked ? "You’re booked" : query.moved ? "Your call has moved" : "Your intro call";
  const intro = query.booked
    ? `Thank you, ${firstName(booking)}. Our 30-minute intro is in the calendar, and a confirmation is on its way to ${booking.email}.`
    : query.moved
      ? `Done, ${firstName(booking)}: the new time is below, and an updated invitation is on its way to ${booking.email}.`
      : `Hello ${firstName(booking)}. Here is our call; you can move it to another free time or cancel it.`;

  return (
    <div className="mx-auto max-w-3xl space-y-16 px-5 py-14 sm:px-8 sm:py-20">
      <div>
        <PageIntro eyebrow="Your booking" title={heading} intro={intro} />
        <BookingConfirmation
          visitorTime={formatSlot(booking, booking.timeZone)}
          visitorTimeZone={booking.timeZone}
          consultantTime={formatSlot(booking, settings.timeZone)}
          consultantTimeZone={settings.timeZone}
          meetingLink={settings.meetingLink}
          nextSteps={settings.form.nextSteps}
          calendarHref={`${path}/invite.ics`}
        />
      </div>
      <section aria-labelledby="move" className="space-y-6">
        <h2 id="move" className="text-2xl font-semibold tracking-tight">
          Move to another time
        </h2>
        <MoveBookingForm action={moveBookingAction} token={token} slots={slots} timeZone={booking.timeZone} />
      </section>
      <section id="cancel" aria-labelledby="cancel-heading" className="space-y-4">
        <h2 id="cancel-heading" className="text-2xl font-semibold tracking-tight">
          Cancel
        </h2>
        <CancelBookingPanel token={token} when={formatSlot(booking, booking.timeZone)} confirming={query.confirm === "cancel"} managePath={path} action={cancelBookingAction} />
      </section>
    </div>
  );
}

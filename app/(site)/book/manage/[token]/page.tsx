import type { Metadata } from "next";
import { Link } from "@/components/site-link";
import { notFound } from "next/navigation";
import { BookingConfirmation } from "@/components/booking/booking-confirmation";
import { CancelBookingPanel } from "@/components/booking/cancel-booking-panel";
import { MoveBookingForm } from "@/components/booking/move-booking-form";
import { PageIntro } from "@/components/page-intro";
import { founderCalendarLinks } from "@/lib/booking/booking-invite";
import { openManageLink } from "@/lib/booking/lifecycle";
import { managePath } from "@/lib/booking/manage-token";
import { listBookableSlots } from "@/lib/booking/service";
import { formatSlot } from "@/lib/booking/slot-display";
import { manageView, readManageQuery, type ManageView } from "@/lib/booking/web/manage-page";
import { siteContext } from "@/lib/runtime";
import { listTimeZones } from "@/lib/time/time-zones";
import { cancelBookingAction, moveBookingAction } from "./actions";

// Only the site itself gets this page's address (and its key) as a referrer. "no-referrer" would also make the browser
// send `Origin: null` with the forms here, which Next's server actions rightly refuse.
export const metadata: Metadata = { title: "Your intro call", robots: { index: false, follow: false }, referrer: "same-origin" };

interface ManagePageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The founder's own page, opened by the link in their emails: the call on both clocks, move it, or cancel it. A link
 * whose call was cancelled, has started or is over says so; one that opens no booking is the not-found page (404).
 */
export default async function ManageBookingPage({ params, searchParams }: ManagePageProps) {
  const [{ token }, rawQuery] = await Promise.all([params, searchParams]);
  const query = readManageQuery(rawQuery);
  const { storage: openStorage, settings, mail, now: clock } = siteContext();
  const now = clock();
  const storage = await openStorage();
  const link = await openManageLink(storage, token, now);
  if (link.kind === "unknown") notFound();
  const view = manageView(link, query);
  if (link.kind !== "manageable") return <NoLongerOpen view={view} meetingLink={link.kind === "started" ? settings.meetingLink : undefined} />;

  const { booking } = link;
  const path = managePath(token);
  const free = await listBookableSlots(storage, settings, now, booking.id);
  const slots = free.filter((s) => s.start.getTime() !== booking.start.getTime()).map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() }));
  const moveZone = query.timeZone ?? booking.timeZone;

  return (
    <div className="mx-auto max-w-3xl space-y-16 px-5 py-14 sm:px-8 sm:py-20">
      <div>
        <PageIntro eyebrow={view.eyebrow} title={view.heading} intro={view.intro} />
        {view.movedNote && (
          <p className="-mt-6 mb-12 font-sans text-lg font-medium" data-testid="moved-note">
            {view.movedNote}
          </p>
        )}
        <BookingConfirmation
          visitorTime={formatSlot(booking, booking.timeZone)}
          visitorTimeZone={booking.timeZone}
          consultantTime={formatSlot(booking, settings.timeZone)}
          consultantTimeZone={settings.timeZone}
          now={now}
          meetingLink={settings.meetingLink}
          nextSteps={settings.form.nextSteps}
          calendarHref={`${path}/invite.ics`}
          calendarLinks={founderCalendarLinks(booking, mail)}
        />
      </div>
      <section aria-labelledby="move" className="space-y-6">
        <h2 id="move" className="text-2xl font-semibold tracking-tight">
          Move to another time
        </h2>
        <MoveBookingForm
          action={moveBookingAction}
          token={token}
          slots={slots}
          timeZone={moveZone}
          timeZones={listTimeZones(moveZone, booking.timeZone, settings.timeZone)}
          now={now.getTime()}
          managePath={path}
        />
      </section>
      <section id="cancel" aria-labelledby="cancel-heading" className="space-y-4">
        <h2 id="cancel-heading" className="text-2xl font-semibold tracking-tight">
          Cancel
        </h2>
        <CancelBookingPanel token={token} when={formatSlot(booking, booking.timeZone)} confirming={query.confirmCancel} managePath={path} action={cancelBookingAction} />
      </section>
    </div>
  );
}

/** A call that was cancelled, has started or is over: what became of it, and the way to book another. */
function NoLongerOpen({ view, meetingLink }: { view: ManageView; meetingLink?: string }) {
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow={view.eyebrow} title={view.heading} intro={view.intro} />
      {meetingLink && (
        <p className="mb-8 font-sans text-lg">
          Video room:{" "}
          <a href={meetingLink} className="text-accent underline underline-offset-4 [overflow-wrap:anywhere]">
            {meetingLink}
          </a>
        </p>
      )}
      <p className="font-sans text-lg">
        <Link href="/book" className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
          Book another time
        </Link>
      </p>
    </div>
  );
}

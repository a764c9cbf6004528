import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BookingConfirmation } from "@/components/booking/booking-confirmation";
import { PageIntro } from "@/components/page-intro";
import { getBookingSettings } from "@/lib/booking/settings";
import { formatSlot } from "@/lib/booking/slot-display";
import { findBookingById } from "@/lib/db/bookings";
import { getStorage } from "@/lib/db";

export const metadata: Metadata = { title: "You’re booked", robots: { index: false, follow: false } };

interface ConfirmedPageProps {
  params: Promise<{ id: string }>;
}

export default async function BookingConfirmedPage({ params }: ConfirmedPageProps) {
  const { id } = await params;
  const booking = await findBookingById((await getStorage()).db, id);
  if (!booking || booking.status === "cancelled") notFound();
  const settings = getBookingSettings();
  const slot = { start: new Date(booking.start_at), end: new Date(booking.end_at) };
  const firstName = booking.name.split(/\s+/)[0];
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow="Booked" title="You’re booked" intro={`Thank you, ${firstName}. Our 30-minute intro is in the calendar.`} />
      <BookingConfirmation
        visitorTime={formatSlot(slot, booking.time_zone)}
        visitorTimeZone={booking.time_zone}
        consultantTime={formatSlot(slot, settings.timeZone)}
        consultantTimeZone={settings.timeZone}
        meetingLink={settings.meetingLink}
        nextSteps={settings.form.nextSteps}
        calendarHref={`/book/confirmed/${booking.id}/invite.ics`}
      />
    </div>
  );
}

import { after } from "next/server";
import { notFound } from "next/navigation";
import { getBookingSettings } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { formIntro } from "@/lib/booking/booking-display";
import { ANY_ENGAGEMENT, keptCopyNamed } from "@/lib/booking/web/book-path";
import { keptDrawingStarted } from "@/lib/booking/web/kept-drawings";
import { BookingPage } from "../../../booking-page";

/**
 * `/book` and `/book?engagement=…`, as proxy.ts rewrites them: drawn once and kept, so a visitor gets the page as fast
 * as a static one. It is drawn again a minute after it was drawn (the notice moves the first free time on), and at once
 * when a booking, a move, a cancellation, time off or a calendar read in a request changes what is free
 * (`freeTimesChanged`). Each page has two copies (`a`, `b`); visitors are sent to the one for the parity of the
 * availability version, so a change sends them to the other (see keptBookingPath). A copy a visitor may see from before a
 * change elsewhere is refreshed by the form itself once JavaScript runs, and the time is checked again when it is
 * booked.
 */
export const revalidate = 60;

// Nothing is drawn at build time, when there may be no database: each engagement's page is drawn on its first visit.
export function generateStaticParams() {
  return [];
}

interface KeptBookingPageProps {
  params: Promise<{ engagement: string; copy: string }>;
}

const engagementOf = (param: string) => {
  if (param === ANY_ENGAGEMENT) return "";
  return getBookingSettings().form.engagements.some((e) => e.id === param) ? param : undefined;
};

export async function generateMetadata({ params }: KeptBookingPageProps) {
  const { form } = getBookingSettings();
  const engagement = engagementOf((await params).engagement);
  return pageMetadata({ title: form.title, description: formIntro(form, engagement), path: "/book" });
}

export default async function KeptBookingPage({ params }: KeptBookingPageProps) {
  const { engagement: param, copy } = await params;
  const engagement = engagementOf(param);
  if (engagement === undefined || !keptCopyNamed(copy)) notFound();
  // A change to what is free waits for this drawing (freeTimesChanged), which ends when the page is done.
  after(keptDrawingStarted());
  return <BookingPage engagement={engagement} />;
}

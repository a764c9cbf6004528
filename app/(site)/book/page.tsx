import { cookies } from "next/headers";
import { getBookingSettings } from "@/lib/content";
import { canonicalTimeZone } from "@/lib/time/zone-names";
import { pageMetadata } from "@/lib/page-metadata";
import { formIntro } from "@/lib/booking/booking-display";
import { BOOKING_SOURCE_COOKIE } from "@/lib/booking/web/source";
import { BookingPage } from "./booking-page";

export function generateMetadata() {
  const { form } = getBookingSettings();
  return pageMetadata({ title: form.title, description: formIntro(form), path: "/book" });
}

interface BookPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * `/book?tz=…`: the page drawn per request in the zone a visitor chose without JavaScript. proxy.ts sends every other
 * `/book` to the kept copy in for/[engagement]; this page is what answers when the zone is in the address.
 */
export default async function BookPage({ searchParams }: BookPageProps) {
  const query = await searchParams;
  const engagementParam = single(query.engagement);
  const engagement = getBookingSettings().form.engagements.some((e) => e.id === engagementParam) ? engagementParam! : "";
  const source = (await cookies()).get(BOOKING_SOURCE_COOKIE)?.value ?? "";
  return <BookingPage engagement={engagement} chosenZone={canonicalTimeZone(single(query.tz))} source={source} />;
}

import { headers } from "next/headers";
import { BookingForm } from "@/components/booking/booking-form";
import { PageIntro } from "@/components/page-intro";
import { emptyBookingForm, type BookingFormState } from "@/lib/booking/web/form-state";
import { listBookableSlots } from "@/lib/booking/service";
import { getBookingSettings } from "@/lib/content";
import { bookingSourceFrom } from "@/lib/booking/web/source";
import { listTimeZones } from "@/lib/time/time-zones";
import { canonicalTimeZone } from "@/lib/time/zone-names";
import { siteContext } from "@/lib/runtime";
import { pageMetadata } from "@/lib/page-metadata";
import { formIntro } from "@/lib/booking/booking-display";
import { bookIntroCall } from "./actions";

export function generateMetadata() {
  const { form } = getBookingSettings();
  return pageMetadata({ title: form.title, description: formIntro(form), path: "/book" });
}

interface BookPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function BookPage({ searchParams }: BookPageProps) {
  const query = await searchParams;
  const { storage, settings, now: clock } = siteContext();
  const now = clock();
  const requestHeaders = await headers();

  const chosenZone = canonicalTimeZone(single(query.tz));
  const timeZoneChosen = chosenZone !== undefined;
  const timeZone = chosenZone ?? settings.timeZone;
  const engagementParam = single(query.engagement);
  const engagement = settings.form.engagements.some((e) => e.id === engagementParam) ? engagementParam! : "";
  const source = bookingSourceFrom(single(query.from), requestHeaders.get("referer"), requestHeaders.get("host"));

  const slots = await listBookableSlots(await storage(), settings, now);
  const initialState: BookingFormState = {
    status: "idle",
    submission: 0,
    values: emptyBookingForm({ engagement, source }),
    fieldErrors: {},
  };
  const keep: Record<string, string> = {};
  if (engagement) keep.engagement = engagement;
  if (source) keep.from = source;

  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow="Free · 30 minutes · on video" title={settings.form.title} intro={formIntro(settings.form, engagement)} />
      <BookingForm
        action={bookIntroCall}
        initialState={initialState}
        slots={slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() }))}
        timeZone={timeZone}
        timeZoneChosen={timeZoneChosen}
        consultantTimeZone={settings.timeZone}
        timeZones={listTimeZones(timeZone, settings.timeZone)}
        now={now.getTime()}
        choices={settings.form}
        confirmation={{ meetingLink: settings.meetingLink, nextSteps: settings.form.nextSteps }}
        keep={keep}
      />
    </div>
  );
}

import { BookingForm } from "@/components/booking/booking-form";
import { PageIntro } from "@/components/page-intro";
import { emptyBookingForm, type BookingFormState } from "@/lib/booking/web/form-state";
import { listBookableSlots } from "@/lib/booking/service";
import { listTimeZones } from "@/lib/time/time-zones";
import { siteContext } from "@/lib/runtime";
import { formIntro } from "@/lib/booking/booking-display";
import { bookIntroCall } from "./actions";

interface BookingPageProps {
  /** An engagement id from the content, or "" for none. */
  engagement: string;
  /** The zone the visitor chose (?tz=, without JavaScript), or undefined for the consultant's. */
  chosenZone?: string;
  /** The page the visitor came from, when this render knows it. */
  source?: string;
}

/**
 * The booking page's body, drawn for `/book` itself (kept and redrawn at most a minute apart, see
 * for/[engagement]/page.tsx) and for `/book?tz=` (drawn per request): the free times from the shared slot cache.
 */
export async function BookingPage({ engagement, chosenZone, source = "" }: BookingPageProps) {
  const { storage, settings, now: clock } = siteContext();
  const now = clock();
  const timeZone = chosenZone ?? settings.timeZone;
  const slots = await listBookableSlots(await storage(), settings, now);
  const initialState: BookingFormState = {
    status: "idle",
    submission: 0,
    values: emptyBookingForm({ engagement, source }),
    fieldErrors: {},
  };
  const keep: Record<string, string> = engagement ? { engagement } : {};

  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow="Free · 30 minutes · on video" title={settings.form.title} intro={formIntro(settings.form, engagement)} />
      <BookingForm
        action={bookIntroCall}
        initialState={initialState}
        slots={slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() }))}
        daysAhead={settings.daysAhead}
        timeZone={timeZone}
        timeZoneChosen={chosenZone !== undefined}
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

import { primaryButtonClass } from "@/components/ui/button";
import type { CalendarLinks } from "@/lib/booking/calendar-links";
import { zoneLabel } from "@/lib/time/zone-labels";

/** What a founder sees once the intro call is booked: the time on both clocks, the video room, what happens next. */
export interface BookingConfirmationProps {
  visitorTime: string;
  visitorTimeZone: string;
  consultantTime: string;
  consultantTimeZone: string;
  /** The instant the zones' offsets and clocks are given for. */
  now: Date;
  meetingLink: string;
  nextSteps: readonly string[];
  /** The .ics download; absent when there is no stored booking to describe. */
  calendarHref?: string;
  /** Google Calendar's and Outlook's new-event pages, filled in; shown beside the download. Never carry the manage key. */
  calendarLinks?: CalendarLinks;
}

export function BookingConfirmation(props: BookingConfirmationProps) {
  const sameZone = props.visitorTimeZone === props.consultantTimeZone;
  return (
    <div className="space-y-10">
      <dl className="grid gap-6 rounded-2xl border border-rule bg-raised px-6 py-6 font-sans sm:px-8">
        <Fact term={`Your time (${zoneLabel(props.visitorTimeZone, props.now)})`} className="mt-1 font-serif text-2xl font-semibold" testId="visitor-time">
          {props.visitorTime}
        </Fact>
        {!sameZone && (
          <Fact term={`My time (${zoneLabel(props.consultantTimeZone, props.now)})`} className="mt-1 text-lg" testId="consultant-time">
            {props.consultantTime}
          </Fact>
        )}
        <Fact term="Video room" className="mt-1 text-lg">
          <a href={props.meetingLink} className="text-accent underline underline-offset-4 [overflow-wrap:anywhere]">
            {props.meetingLink}
          </a>
        </Fact>
      </dl>
      {props.calendarHref && (
        <div className="flex flex-wrap items-center gap-x-6 gap-y-4 font-sans">
          <a href={props.calendarHref} download="intro-call.ics" className={primaryButtonClass("small")}>
            Add to calendar (.ics)
          </a>
          {props.calendarLinks && (
            <>
              <NewTabLink href={props.calendarLinks.google}>Add to Google Calendar</NewTabLink>
              <NewTabLink href={props.calendarLinks.outlook}>Add to Outlook</NewTabLink>
            </>
          )}
        </div>
      )}
      <section aria-labelledby="next-steps">
        <h2 id="next-steps" className="text-2xl font-semibold tracking-tight">
          What happens next
        </h2>
        <ol className="mt-4 list-decimal space-y-3 pl-6 text-lg leading-relaxed">
          {props.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** One labelled line of the booking card. */
function Fact({ term, className, testId, children }: { term: string; className: string; testId?: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium uppercase tracking-[0.12em] text-muted">{term}</dt>
      <dd className={className} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** A link to another site, opened in a new tab: it says so to everyone, and the other site gets no hold on this page. */
function NewTabLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="text-accent underline underline-offset-4">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

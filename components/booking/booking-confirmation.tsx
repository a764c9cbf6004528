import { primaryButtonClass } from "@/components/ui/button";

/** What a founder sees once the intro call is booked: the time on both clocks, the video room, what happens next. */
export interface BookingConfirmationProps {
  visitorTime: string;
  visitorTimeZone: string;
  consultantTime: string;
  consultantTimeZone: string;
  meetingLink: string;
  nextSteps: readonly string[];
  /** The .ics download; absent when there is no stored booking to describe. */
  calendarHref?: string;
}

export function BookingConfirmation(props: BookingConfirmationProps) {
  const sameZone = props.visitorTimeZone === props.consultantTimeZone;
  return (
    <div className="space-y-10">
      <dl className="grid gap-6 rounded-2xl border border-rule bg-raised px-6 py-6 font-sans sm:px-8">
        <div>
          <dt className="text-sm font-medium uppercase tracking-[0.12em] text-muted">Your time ({props.visitorTimeZone})</dt>
          <dd className="mt-1 font-serif text-2xl font-semibold" data-testid="visitor-time">
            {props.visitorTime}
          </dd>
        </div>
        {!sameZone && (
          <div>
            <dt className="text-sm font-medium uppercase tracking-[0.12em] text-muted">My time ({props.consultantTimeZone})</dt>
            <dd className="mt-1 text-lg" data-testid="consultant-time">
              {props.consultantTime}
            </dd>
          </div>
        )}
        <div>
          <dt className="text-sm font-medium uppercase tracking-[0.12em] text-muted">Video room</dt>
          <dd className="mt-1 text-lg">
            <a href={props.meetingLink} className="break-all text-accent underline underline-offset-4">
              {props.meetingLink}
            </a>
          </dd>
        </div>
      </dl>
      {props.calendarHref && (
        <a href={props.calendarHref} download="intro-call.ics" className={primaryButtonClass("small")}>
          Add to calendar (.ics)
        </a>
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

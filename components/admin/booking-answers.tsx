import type { BookingView } from "@/lib/admin/booking-views";
import { BookingFacts } from "./booking-facts";

/** Everything the founder wrote and where they came from; every value is shown as text. */
export function BookingAnswers({ view }: { view: BookingView }) {
  const { booking, answers } = view;
  return (
    <BookingFacts
      facts={[
        { term: "Email", value: <a href={`mailto:${booking.email}`} className="text-accent underline">{booking.email}</a> },
        { term: "Company", value: booking.company ?? "—" },
        { term: "Team size", value: booking.teamSize ?? "—" },
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
        { term: "Their time", value: view.theirTime },
        { term: "Booked on", value: view.bookedOn },
      ]}
    />
  );
}

import type { BookingView } from "@/lib/admin/booking-views";
import { BookingFacts } from "./booking-facts";

/**
 * Everything the founder wrote and where they came from; every value is shown as text. What they left out is said in
 * words, as their email to the consultant says it ("Not given", "Not sure yet", "Nothing written").
 */
export function BookingAnswers({ view }: { view: BookingView }) {
  const { booking, answers } = view;
  return (
    <BookingFacts
      facts={[
        { term: "Email", value: <a href={`mailto:${booking.email}`} className="text-accent underline">{booking.email}</a> },
        { term: "Company", value: booking.company ?? "Not given" },
        { term: "Team size", value: booking.teamSize ?? "Not given" },
        { term: "Engagement", value: answers.engagement ?? "Not sure yet" },
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
        { term: "Message", value: booking.message ? <p className="whitespace-pre-wrap">{booking.message}</p> : "Nothing written" },
        { term: "Came from", value: booking.source ? <code>{booking.source}</code> : "Not known" },
        { term: "Their time", value: view.theirTime },
        { term: "Booked on", value: view.bookedOn },
      ]}
    />
  );
}

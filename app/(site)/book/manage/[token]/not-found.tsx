import Link from "next/link";

export const metadata = { title: "Booking link", robots: { index: false, follow: false } };

// An unknown token, a cancelled booking or a call that is over: the same plain words for each, so the page tells
// nobody whether a booking ever existed, whose it was or when.
export default function ManageLinkNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-5 py-24 sm:px-8">
      <h1 className="text-4xl font-semibold tracking-tight">This link doesn’t open a booking</h1>
      <p className="mt-4 text-xl leading-relaxed text-muted">
        It may have been cancelled, the call may be over, or the link may be incomplete. You can always book a new time.
      </p>
      <p className="mt-8 font-sans">
        <Link href="/book" className="text-accent underline underline-offset-4">
          Book a free intro call
        </Link>
      </p>
    </div>
  );
}

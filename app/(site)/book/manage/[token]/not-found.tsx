import Link from "next/link";

export const metadata = { title: "Booking link", robots: { index: false, follow: false } };

// A key that opens no booking (mistyped, cut short, or never issued): the page says only that, so it tells nobody
// whether a booking ever existed. A real key whose call was cancelled or is over gets its own page (see page.tsx).
export default function ManageLinkNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-5 py-24 sm:px-8">
      <h1 className="text-4xl font-semibold tracking-tight">This link is no longer valid</h1>
      <p className="mt-4 text-xl leading-relaxed text-muted">
        It doesn’t open a booking: it may be incomplete, or from an old email. You can always book a new time.
      </p>
      <p className="mt-8 font-sans">
        <Link href="/book" className="text-accent underline underline-offset-4">
          Book a free intro call
        </Link>
      </p>
    </div>
  );
}

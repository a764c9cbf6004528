import { Link } from "@/components/site-link";
import { PageIntro } from "@/components/page-intro";

export const metadata = { title: "Booking link", robots: { index: false, follow: false } };

// A key that opens no booking (mistyped, cut short, or never issued): the page says only that, so it tells nobody
// whether a booking ever existed. A real key whose call was cancelled or is over gets its own page (see page.tsx),
// laid out like this one.
export default function ManageLinkNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro
        eyebrow="Booking link"
        title="This link is no longer valid"
        intro="It doesn’t open a booking: it may be incomplete, or from an old email. You can always book a new time."
      />
      <p className="font-sans text-lg">
        <Link href="/book" className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
          Book a free intro call
        </Link>
      </p>
    </div>
  );
}

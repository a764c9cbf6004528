import type { Metadata } from "next";
import { Link } from "@/components/site-link";
import { connection } from "next/server";
import { PageIntro } from "@/components/page-intro";

export const metadata: Metadata = { title: "Call cancelled", robots: { index: false, follow: false } };

/**
 * Where a founder lands after cancelling. It names nobody and no time, but it lives under /book, whose policy lets
 * only scripts with this response's nonce run: so it is rendered per request, like the rest of /book.
 */
export default async function BookingCancelledPage() {
  await connection();
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow="Cancelled" title="Your call is cancelled" intro="The time is free again, and an email confirming the cancellation is on its way." />
      <p className="font-sans text-lg">
        If another time suits you better,{" "}
        <Link href="/book" className="text-accent underline underline-offset-4">
          book a new one
        </Link>
        .
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

// A booking the admin has no page for (an old or mistyped address), inside the admin's own frame.
export default function AdminNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-3xl font-semibold tracking-tight">There is no booking here</h1>
      <p className="text-lg">The address may be mistyped, or from a database that has since been replaced.</p>
      <p>
        <Link href="/admin" className="text-accent underline underline-offset-4">
          All bookings
        </Link>
      </p>
    </div>
  );
}

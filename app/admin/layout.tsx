import type { Metadata } from "next";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin" },
  robots: { index: false, follow: false },
};

// Every admin page reads the session cookie and the database on each request; nothing here is ever prerendered.
export const dynamic = "force-dynamic";

/** The consultant's private area: a plain frame, none of the public site's header, footer or links. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-4xl px-4 py-8 font-sans sm:px-8 sm:py-12">{children}</div>;
}

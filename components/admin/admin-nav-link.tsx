"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A section of the admin in its header, marked as the current one on its pages (a booking's page is under Bookings). */
export function AdminNavLink({ href, label, sections }: { href: string; label: string; sections: readonly string[] }) {
  const pathname = usePathname();
  // The longest section the address falls under is the current one: "/admin" only for itself and bookings.
  const current = sections.filter((section) => pathname === section || pathname.startsWith(`${section}/`)).sort((a, b) => b.length - a.length)[0];
  const isCurrent = current === href && (href !== "/admin" || pathname === "/admin" || pathname.startsWith("/admin/bookings/"));
  return (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className="inline-block py-1 font-medium text-accent underline-offset-4 hover:underline aria-[current=page]:text-ink aria-[current=page]:underline aria-[current=page]:decoration-2"
    >
      {label}
    </Link>
  );
}

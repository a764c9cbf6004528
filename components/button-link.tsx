import Link from "next/link";
import { primaryButtonClass } from "./ui/button";

/** The site's one call to action style, as a link. */
export function ButtonLink({ href, children, className = "" }: { href: string; children: React.ReactNode; className?: string }) {
  return (
    // The booking page is the same for everyone; the visit itself (not a prefetch) tells it where the visitor came from.
    <Link href={href} prefetch={href.startsWith("/book") ? false : undefined} className={`${primaryButtonClass("small")} ${className}`}>
      {children}
    </Link>
  );
}

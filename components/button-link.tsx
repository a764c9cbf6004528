import { Link } from "./site-link";
import { primaryButtonClass } from "./ui/button";

/** The site's one call to action style, as a link. */
export function ButtonLink({ href, children, className = "" }: { href: string; children: React.ReactNode; className?: string }) {
  return (
    <Link href={href} className={`${primaryButtonClass("small")} ${className}`}>
      {children}
    </Link>
  );
}

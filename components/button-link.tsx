import Link from "next/link";

/** The site's one call to action style, as a link. */
export function ButtonLink({ href, children, className = "" }: { href: string; children: React.ReactNode; className?: string }) {
  return (
    <Link
      href={href}
      className={`inline-flex items-center rounded-full bg-accent px-5 py-2.5 font-sans text-[0.95rem] font-medium text-accent-ink no-underline shadow-sm transition-[filter] hover:brightness-110 ${className}`}
    >
      {children}
    </Link>
  );
}

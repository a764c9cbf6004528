import { Link } from "./site-link";
import { getSite } from "@/lib/site";
import { ButtonLink } from "./button-link";
import { MainNav } from "./main-nav";

/** The site's header; `nav` is the main menu drawn for the page it is on (the plain menu when none is given). */
export function SiteHeader({ nav = <MainNav /> }: { nav?: React.ReactNode }) {
  const site = getSite();
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-8 gap-y-2 px-5 py-4 sm:px-8">
        <Link href="/" className="inline-flex min-h-11 items-center font-serif text-2xl font-semibold tracking-tight no-underline">
          {site.mark}
          <span className="sr-only"> · {site.role}, home</span>
        </Link>
        <ButtonLink href="/book" className="sm:order-last">
          Start a conversation
        </ButtonLink>
        {nav}
      </div>
    </header>
  );
}

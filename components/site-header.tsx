import Link from "next/link";
import { getSite } from "@/lib/site";
import { primaryNavigation } from "@/lib/navigation";
import { ButtonLink } from "./button-link";

export function SiteHeader() {
  const site = getSite();
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-5 py-4 sm:px-8">
        <Link href="/" className="font-serif text-2xl font-semibold tracking-tight no-underline">
          {site.mark}
          <span className="sr-only"> · {site.role}, home</span>
        </Link>
        <ButtonLink href="/book" className="sm:order-last">
          Start a conversation
        </ButtonLink>
        <nav aria-label="Main" className="w-full sm:w-auto sm:flex-1">
          <ul className="flex gap-6 font-sans text-[0.95rem]">
            {primaryNavigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-muted underline-offset-4 hover:text-ink hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

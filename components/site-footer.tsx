import { getSite } from "@/lib/site";

export function SiteFooter() {
  const site = getSite();
  return (
    <footer className="mt-24 border-t border-rule">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-5 py-10 font-sans text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-8">
        <p>
          {site.name} · {site.role}
        </p>
        <ul className="-mx-2 flex flex-wrap gap-x-2">
          <li>
            <a href="/feed.xml" type="application/rss+xml" className="inline-flex min-h-11 items-center px-2 underline underline-offset-4 hover:text-ink sm:min-h-8">
              RSS feed
            </a>
          </li>
          <li>
            <a href="/subscribe" className="inline-flex min-h-11 items-center px-2 underline underline-offset-4 hover:text-ink sm:min-h-8">
              By email
            </a>
          </li>
          <li>
            <a href="/privacy" className="inline-flex min-h-11 items-center px-2 underline underline-offset-4 hover:text-ink sm:min-h-8">
              Privacy
            </a>
          </li>
          {site.social.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="me" className="inline-flex min-h-11 items-center px-2 underline underline-offset-4 hover:text-ink sm:min-h-8">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}

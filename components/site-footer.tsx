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
            <a href="/feed.xml" type="application/rss+xml" className="footer-link">
              RSS feed
            </a>
          </li>
          <li>
            <a href="/subscribe" className="footer-link">
              By email
            </a>
          </li>
          <li>
            <a href="/privacy" className="footer-link">
              Privacy
            </a>
          </li>
          {site.social.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="me" className="footer-link">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}

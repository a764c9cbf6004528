import { SiteHeader } from "./site-header";
import { SiteFooter } from "./site-footer";

/** The page chrome every public page shares: skip link, header (with the menu drawn for the page), main landmark, footer. */
export function SiteFrame({ children, nav }: { children: React.ReactNode; nav?: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-ink focus:px-4 focus:py-2 focus:font-sans focus:text-paper"
      >
        Skip to content
      </a>
      <SiteHeader nav={nav} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}

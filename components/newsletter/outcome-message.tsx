import { ButtonLink } from "@/components/button-link";
import { PageIntro } from "@/components/page-intro";
import type { OutcomePage } from "@/lib/newsletter/web/outcome-pages";

/** The page a confirm or leave link opens: what happened, and one way on. */
export function OutcomeMessage({ eyebrow, page }: { eyebrow: string; page: OutcomePage }) {
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20" data-testid="newsletter-outcome">
      <PageIntro eyebrow={eyebrow} title={page.title} intro={page.body} />
      <ButtonLink href={page.next.href}>{page.next.label}</ButtonLink>
    </div>
  );
}

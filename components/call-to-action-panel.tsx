import { ButtonLink } from "./button-link";
import { UnbrokenText } from "./unbroken-text";

interface CallToActionPanelProps {
  id: string;
  heading: string;
  body: string;
  button: string;
  href?: string;
  /** An aside at the end of a note; a section of its own on a page. */
  as?: "aside" | "section";
  headingSize?: "text-2xl" | "text-3xl";
}

/** The invitation to book the intro call, set apart in a panel. */
export function CallToActionPanel({ id, heading, body, button, href = "/book", as: Element = "section", headingSize = "text-3xl" }: CallToActionPanelProps) {
  return (
    <Element aria-labelledby={id} className="mt-20 rounded-2xl border border-rule bg-raised px-6 py-8 sm:px-10 sm:py-10">
      <h2 id={id} className={`${headingSize} font-semibold tracking-tight`}>
        <UnbrokenText text={heading} />
      </h2>
      <p className="mt-3 text-lg leading-relaxed">
        <UnbrokenText text={body} />
      </p>
      <ButtonLink href={href} className="mt-6">
        {button}
      </ButtonLink>
    </Element>
  );
}

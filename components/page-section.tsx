import { SectionHeading } from "./section-heading";

/** A titled section of the home and about pages: the heading names the section for screen readers too. */
export function PageSection(props: { id: string; heading: React.ReactNode; intro?: string; className?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={props.id} className={props.className}>
      <SectionHeading id={props.id} intro={props.intro}>
        {props.heading}
      </SectionHeading>
      {props.children}
    </section>
  );
}

import { getSite } from "@/lib/site";
import { ButtonLink } from "./button-link";

/** The end of every note: an invitation to book the intro call. */
export function NoteCallToAction() {
  const { heading, body, button } = getSite().noteCallToAction;
  return (
    <aside aria-labelledby="note-cta" className="mt-16 rounded-2xl border border-rule bg-raised px-6 py-8 sm:px-10 sm:py-10">
      <h2 id="note-cta" className="text-2xl font-semibold tracking-tight">
        {heading}
      </h2>
      <p className="mt-3 text-lg leading-relaxed">{body}</p>
      <ButtonLink href="/book" className="mt-6">
        {button}
      </ButtonLink>
    </aside>
  );
}

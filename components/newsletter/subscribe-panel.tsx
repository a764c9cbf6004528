import type { Site } from "@/lib/site";

/** The box around a subscribe form: its heading and what it promises. */
interface SubscribePanelProps {
  id: string;
  words: Site["newsletter"];
  headingLevel?: 2 | 3 | 4;
  children: React.ReactNode;
}

export function SubscribePanel({ id, words, headingLevel = 2, children }: SubscribePanelProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12 rounded-2xl border border-rule bg-raised px-6 py-6 sm:px-8" data-testid="subscribe">
      <Heading id={`${id}-heading`} className="text-2xl font-semibold tracking-tight">
        {words.heading}
      </Heading>
      <p className="mt-2 text-lg leading-relaxed">{words.body}</p>
      {children}
    </section>
  );
}

import { UnbrokenText } from "./unbroken-text";

/** The top of an index page: a small label, the page's only h1, and a sentence or two. */
export function PageIntro({ eyebrow, title, intro }: { eyebrow: string; title: React.ReactNode; intro?: string }) {
  return (
    <header className="mb-12 space-y-4">
      <p className="font-sans text-sm font-medium uppercase tracking-[0.14em] text-muted">{eyebrow}</p>
      <h1 className="text-4xl font-semibold leading-tight tracking-tight sm:text-5xl">{typeof title === "string" ? <UnbrokenText text={title} /> : title}</h1>
      {intro && <p className="max-w-prose text-xl leading-relaxed text-muted"><UnbrokenText text={intro} /></p>}
    </header>
  );
}

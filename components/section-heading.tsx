/** A section's h2 with an optional sentence under it, at the size the home and about pages use. */
export function SectionHeading({ id, intro, children }: { id: string; intro?: string; children: React.ReactNode }) {
  return (
    <header className="mb-8 space-y-3">
      <h2 id={id} className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
        {children}
      </h2>
      {intro && <p className="max-w-prose text-xl leading-relaxed text-muted">{intro}</p>}
    </header>
  );
}

/** A set-apart paragraph in a note: `<Callout title="Why this matters">…</Callout>`. */
export function Callout({ title, tone = "note", children }: { title?: string; tone?: "note" | "warning"; children: React.ReactNode }) {
  const border = tone === "warning" ? "border-amber-700 dark:border-amber-400" : "border-accent";
  return (
    <aside className={`not-prose my-8 rounded-r-lg border-l-4 ${border} bg-raised px-5 py-4 text-lg leading-relaxed`}>
      {title && <p className="mb-1 font-sans text-base font-semibold">{title}</p>}
      <div className="space-y-3 [&_a]:text-accent [&_a]:underline">{children}</div>
    </aside>
  );
}

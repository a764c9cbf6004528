/** A titled part of an admin page, named by its heading for screen readers. */
export function AdminSection({ id, title, spacing = "space-y-3", children }: { id: string; title: string; spacing?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={spacing}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

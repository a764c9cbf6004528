/** Short points, each a bold title and a sentence or two; numbered when their order is part of the meaning. */
export function TitledList({ items, numbered = false }: { items: readonly { title: string; body: string }[]; numbered?: boolean }) {
  const List = numbered ? "ol" : "ul";
  return (
    <List className="grid gap-x-10 gap-y-8 sm:grid-cols-2">
      {items.map((item, index) => (
        <li key={item.title} className="border-t border-rule pt-5">
          <div className="flex items-baseline gap-2">
            {numbered && (
              <span className="font-sans text-base font-medium tabular-nums text-muted" aria-hidden="true">
                {String(index + 1).padStart(2, "0")}
              </span>
            )}
            <h3 className="text-xl font-semibold leading-snug tracking-tight">{item.title}</h3>
          </div>
          <p className="mt-2 text-lg leading-relaxed">{item.body}</p>
        </li>
      ))}
    </List>
  );
}

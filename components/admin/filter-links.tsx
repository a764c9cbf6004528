import Link from "next/link";

/**
 * A row of links that each show one part of a list, the current one marked for eyes and screen readers alike. The page
 * reads its `show` parameter with `chooseOption` (lib/lookup.ts).
 */
export function FilterLinks<T extends string>({
  label,
  path,
  options,
  current,
}: {
  label: string;
  path: string;
  options: readonly { value: T; label: string }[];
  current: T;
}) {
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={option.value}>
            <Link
              href={`${path}?show=${option.value}`}
              aria-current={option.value === current ? "page" : undefined}
              className="inline-block rounded-full border border-rule px-4 py-1.5 text-[0.95rem] aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink"
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

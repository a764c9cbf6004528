import Link from "next/link";

/**
 * A row of links that each show one part of a list, the current one marked for eyes and screen readers alike, each
 * with how many it holds when given. The page reads its `show` parameter with `chooseOption` (lib/lookup.ts); `keep`
 * holds other parameters every link carries along (the list's search).
 */
export function FilterLinks<T extends string>({
  label,
  path,
  options,
  current,
  keep = {},
}: {
  label: string;
  path: string;
  options: readonly { value: T; label: string; count?: number }[];
  current: T;
  keep?: Record<string, string>;
}) {
  const href = (value: T) => `${path}?${new URLSearchParams({ show: value, ...keep }).toString()}`;
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={option.value}>
            <Link
              href={href(option.value)}
              aria-current={option.value === current ? "page" : undefined}
              className="inline-block rounded-full border border-rule px-4 py-1.5 text-[0.95rem] aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-accent-ink"
            >
              {option.label}
              {option.count !== undefined && (
                <>
                  {" "}
                  <span className="tabular-nums">{option.count}</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { Link } from "./site-link";
import { currentMarker, primaryNavigation } from "@/lib/navigation";

/**
 * The main menu, drawn on the server: the page it is on comes from the (site) layout's @nav slot, so the link to the
 * current page carries aria-current without any JavaScript (a note page ships none of the project's own).
 */
export function MainNav({ pathname }: { pathname?: string }) {
  return (
    <nav aria-label="Main" className="w-full sm:w-auto sm:flex-1">
      <ul className="-mx-2 flex flex-wrap gap-x-2 font-sans text-[0.95rem]">
        {primaryNavigation.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={currentMarker(item.href, pathname)}
              className="inline-flex min-h-11 items-center px-2 text-muted underline-offset-4 hover:text-ink hover:underline aria-[current]:text-ink aria-[current]:underline aria-[current]:decoration-2 aria-[current=page]:font-medium sm:min-h-8"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

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
              className="nav-link"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

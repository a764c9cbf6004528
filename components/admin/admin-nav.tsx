import { AdminNavLink } from "./admin-nav-link";
import { quietButtonClass } from "./admin-styles";

const links = [
  { href: "/admin", label: "Bookings" },
  { href: "/admin/outbox", label: "Outbox" },
  { href: "/admin/subscribers", label: "Subscribers" },
  { href: "/admin/calendars", label: "Calendars" },
  { href: "/admin/calendar", label: "Calendar feed" },
  { href: "/admin/time-off", label: "Time off" },
];
const sections = links.map((link) => link.href);

/** The admin's header: its sections, the export, and the way out. */
export function AdminNav({ logOut }: { logOut: () => Promise<void> }) {
  return (
    <header className="mb-10 flex flex-wrap items-center justify-between gap-4 border-b border-rule pb-4">
      <nav aria-label="Admin">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {links.map((link) => (
            <li key={link.href}>
              <AdminNavLink href={link.href} label={link.label} sections={sections} />
            </li>
          ))}
          <li>
            {/* A plain link: the browser downloads the file, no client-side navigation. */}
            <a href="/admin/bookings.csv" className="inline-block py-1 font-medium text-accent underline-offset-4 hover:underline" download>
              Export CSV
            </a>
          </li>
        </ul>
      </nav>
      <form action={logOut}>
        <button type="submit" className={quietButtonClass}>
          Log out
        </button>
      </form>
    </header>
  );
}

import Link from "next/link";
import { SEARCH_MAX_LENGTH } from "@/lib/admin/booking-list";
import { buttonClass, inputClass } from "./admin-styles";

interface AdminSearchFormProps {
  /** The page the search stays on, and its name for screen readers ("Bookings"). */
  action: string;
  name: string;
  id: string;
  label: string;
  query?: string;
  /** Where "Clear the search" goes. */
  clearHref: string;
  /** Fields the search keeps (the bookings' tab). */
  keep?: Record<string, string>;
  className?: string;
}

/** A list's search: a plain GET form, so it works without JavaScript and the search stays in the address. */
export function AdminSearchForm({ action, name, id, label, query, clearHref, keep = {}, className = "" }: AdminSearchFormProps) {
  return (
    <form method="get" action={action} role="search" aria-label={name} className={`max-w-xl ${className}`}>
      {Object.entries(keep).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-end gap-3">
        <input
          // A new search (or none, after "Clear the search") gives a fresh field with its value.
          key={query ?? ""}
          id={id}
          name="q"
          type="search"
          defaultValue={query ?? ""}
          maxLength={SEARCH_MAX_LENGTH}
          autoComplete="off"
          className={`${inputClass} min-w-0 flex-1 basis-64`}
        />
        <button type="submit" className={buttonClass}>
          Search
        </button>
        {query && (
          <Link href={clearHref} className="py-2 text-accent underline underline-offset-4">
            Clear the search
          </Link>
        )}
      </div>
    </form>
  );
}

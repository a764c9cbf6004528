export const primaryNavigation = [
  { href: "/notes", label: "Field notes" },
  { href: "/engagements", label: "Engagements" },
  { href: "/about", label: "About" },
] as const;

/**
 * What a main-menu link says about the page at `pathname`, as its aria-current: "page" on the page the link opens,
 * "true" on a page inside its section (a note or a tag page under Field notes), nothing elsewhere.
 */
export function currentMarker(href: string, pathname: string | undefined): "page" | "true" | undefined {
  if (!pathname) return undefined;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === href) return "page";
  if (href !== "/" && path.startsWith(`${href}/`)) return "true";
  return undefined;
}

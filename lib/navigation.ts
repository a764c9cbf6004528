export const primaryNavigation = [
  { href: "/notes", label: "Field notes" },
  { href: "/engagements", label: "Engagements" },
  { href: "/about", label: "About" },
] as const;

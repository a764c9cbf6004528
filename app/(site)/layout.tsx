import { SiteFrame } from "@/components/site-frame";

// Scheduled notes go live without a rebuild: pages are regenerated at most an hour after a note's date arrives.
export const revalidate = 3600;

// `nav` is the @nav slot: the main menu drawn on the server for the page being shown, so the current page is marked
// without client JavaScript.
export default function SiteLayout({ children, nav }: { children: React.ReactNode; nav: React.ReactNode }) {
  return <SiteFrame nav={nav}>{children}</SiteFrame>;
}

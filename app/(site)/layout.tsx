import { SiteFrame } from "@/components/site-frame";

// Scheduled notes go live without a rebuild: pages are regenerated at most an hour after a note's date arrives.
export const revalidate = 3600;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}

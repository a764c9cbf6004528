import { NotFoundMessage } from "@/components/not-found-message";
import { SiteFrame } from "@/components/site-frame";

export const metadata = { title: "Page not found", robots: { index: false } };

// An address no route matches: outside the (site) layout, so the frame is drawn here.
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  );
}

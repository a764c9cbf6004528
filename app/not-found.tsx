import { NotFoundMessage } from "@/components/not-found-message";
import { SiteFrame } from "@/components/site-frame";
import { notFoundMetadata } from "@/lib/page-metadata";

export const metadata = notFoundMetadata;

// An address no route matches: outside the (site) layout, so the frame is drawn here. It is built once, as a static
// page, so an address nobody has costs no more to answer than a note.
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  );
}
